"""What documents do to each other, from the words between their citations."""
import pytest

from loaders import gazetteer
from loaders.citations import find_citations
from loaders.record import Place
from loaders.references import resolve
from loaders.relations import find_relations

HA_TINH = Place("Hà Tĩnh", None, None, gazetteer.lookup("Hà Tĩnh", "province").code, None)


def relations(text: str) -> set[tuple[str, str, str]]:
    citations = find_citations(text, HA_TINH)
    docs = resolve(text, citations, HA_TINH)
    label = {id(d): d.symbol or f"{d.first.type}#{d.number or ''}" for d in docs}
    found = find_relations(text, citations, docs)
    # every relation quotes the words that state it (its annotation's selector; an empty one fails the SHACL shapes)
    assert all(f.start < f.end for f in found), [(f.type, f.start, f.end) for f in found if f.start >= f.end]
    return {(label[id(f.source)], f.type, label[id(f.target)]) for f in found}


@pytest.mark.parametrize(
    "text, expected",
    [
        # "A … thực hiện B"
        ("Kế hoạch số 25-KH/TU ngày 30/11/2016 của Ban Thường vụ Tỉnh ủy thực hiện Kết luận số 100-KL/TW "
         "của Ban Bí thư.",
         {("25-KH/TU", "implements", "100-KL/TW")}),
        # regression: "tiếp tục triển khai" with no "thực hiện" after it ("Để tiếp tục triển khai có hiệu quả B, … ban
        # hành A" related nothing; only "tiếp tục triển khai thực hiện" was a phrase)
        ("Để tiếp tục triển khai có hiệu quả Chỉ thị số 16-CT/TW ngày 30/11/2012 của Ban Bí thư, ngày 8/3/2024, Ban "
         "Thường vụ Tỉnh ủy Ninh Bình đã ban hành Kế hoạch số 210-KH/TU.",
         {("210-KH/TU", "implements", "16-CT/TW")}),
        # regression: a lead that names the resolve or the creative uptake before B ("Với quyết tâm đưa B vào cuộc sống, …",
        # "Tiếp thu và vận dụng sáng tạo B, …") related nothing
        ("Với quyết tâm đưa Nghị quyết số 29-NQ/TW ngày 4/11/2013 của Ban Chấp hành Trung ương vào cuộc sống, Ban Thường "
         "vụ Huyện ủy đã ban hành Kế hoạch số 45-KH/HU ngày 10/1/2014.", {("45-KH/HU", "implements", "29-NQ/TW")}),
        ("Tiếp thu và vận dụng sáng tạo Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị, Đảng ủy xã ban hành Kế "
         "hoạch số 12-KH/ĐU ngày 2/8/2016.", {("12-KH/ĐU", "implements", "05-CT/TW")}),
        # regression: "đúng" between the phrase and B ("thực hiện đúng B") hid the phrase, and B read as the subject of
        # the "đồng thời" after it ("Các chi bộ thực hiện đúng B1, đồng thời gắn với việc thực hiện B2": B1 carried B2 out)
        ("Ban Thường vụ Huyện ủy ban hành Kế hoạch số 45-KH/HU ngày 2/3/2024 thực hiện đúng Quy định số 144-QĐ/TW của Bộ "
         "Chính trị.", {("45-KH/HU", "implements", "144-QĐ/TW")}),
        ("Thực hiện đúng Quy định số 144-QĐ/TW của Bộ Chính trị, Ban Thường vụ Huyện ủy ban hành Kế hoạch số 45-KH/HU "
         "ngày 2/3/2024.", {("45-KH/HU", "implements", "144-QĐ/TW")}),
        ("Các chi bộ thực hiện đúng Quy định số 144-QĐ/TW, đồng thời gắn với việc thực hiện Kết luận số 21-KL/TW ngày "
         "25/10/2021 của Ban Chấp hành Trung ương.", set()),
        # regression: a plan named by its title "được ban hành kèm theo" a decision, then "Kế hoạch được xây dựng nhằm thực
        # hiện B": the decision carries B out (the plan was no document, and the bare noun named back an older plan)
        ("Thực hiện Kế hoạch số 1238/KH-UBND ngày 19/4/2022 của UBND tỉnh, UBND huyện ban hành Quyết định số 1520/QĐ-UBND "
         "ngày 5/5/2022 thành lập Tổ công tác triển khai Đề án 06 của huyện. Kế hoạch triển khai Đề án 06 trên địa bàn "
         "huyện năm 2023 được ban hành kèm theo Quyết định số 245/QĐ-UBND ngày 20/01/2023 của UBND huyện. Kế hoạch được "
         "xây dựng nhằm thực hiện Chỉ thị số 05/CT-TTg ngày 23/02/2023 của Thủ tướng Chính phủ.",
         {("1520/QĐ-UBND", "implements", "1238/KH-UBND"), ("245/QĐ-UBND", "implements", "Đề án#06"),
          ("245/QĐ-UBND", "implements", "05/CT-TTg")}),
        # regression: a clause after the lead's main clause whose listed documents carry out an object of their own, no
        # document, took the lead's ("…; Văn phòng Tỉnh ủy ban hành Hướng dẫn số 08-HD/VPTU và Kế hoạch số 15-KH/VPTU
        # thực hiện chuyển đổi số …" carried B out); a lower-case document noun still names B back
        ("Quán triệt Nghị quyết số 57-NQ/TW của Bộ Chính trị, Ban Thường vụ Tỉnh ủy ban hành Chương trình hành động số "
         "18-CTr/TU ngày 10/02/2025; Văn phòng Tỉnh ủy ban hành Hướng dẫn số 08-HD/VPTU và Kế hoạch số 15-KH/VPTU thực "
         "hiện chuyển đổi số trong các cơ quan đảng.", {("18-CTr/TU", "implements", "57-NQ/TW")}),
        ("Thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị, Ban Thường vụ Tỉnh ủy ban hành Chương trình hành động số "
         "18-CTr/TU; Văn phòng Tỉnh ủy ban hành Kế hoạch số 15-KH/VPTU thực hiện nghị quyết trong các cơ quan đảng.",
         {("18-CTr/TU", "implements", "57-NQ/TW"), ("15-KH/VPTU", "implements", "57-NQ/TW")}),
        # … not the uptake a document asks of others inside its clause
        ("Huyện ủy ban hành Kế hoạch số 45-KH/HU ngày 10/1/2014, trong đó yêu cầu cán bộ vận dụng sáng tạo Nghị quyết số "
         "29-NQ/TW của Ban Chấp hành Trung ương.", set()),
        ("Ngày 4/9/2023, Bộ Chính trị ban hành Kết luận số 61-KL/TW về tiếp tục triển khai Nghị quyết số 09-NQ/TW ngày "
         "9/12/2011 của Bộ Chính trị.",
         {("61-KL/TW", "continues", "09-NQ/TW")}),
        # regression: documents of one type before one phrase and as many of one type after it ("Chương trình số 15 và
        # 16 … thực hiện Nghị quyết 26, 27") each carried out every one; they pair in order
        ("Ban Thường vụ Tỉnh ủy ban hành Chương trình hành động số 15 và 16 ngày 2/12/2022 thực hiện Nghị quyết 26, 27 "
         "của Bộ Chính trị.",
         {("Chương trình hành động#15", "implements", "26-NQ/TW"),
          ("Chương trình hành động#16", "implements", "27-NQ/TW")}),
        ("UBND tỉnh ban hành Kế hoạch số 210/KH-UBND và Kế hoạch số 211/KH-UBND triển khai Nghị định số "
         "100/2019/NĐ-CP và Nghị định số 123/2021/NĐ-CP.",
         {("210/KH-UBND", "implements", "100/2019/NĐ-CP"), ("211/KH-UBND", "implements", "123/2021/NĐ-CP")}),
        # regression: … "lần lượt" (respectively) before or after the phrase, and a second item whose noun is read from
        # its code ("Chương trình hành động số 15-CTr/TU và số 16-CTr/TU … thực hiện lần lượt B1 và B2") related none
        ("Ban Thường vụ Tỉnh ủy ban hành Chương trình hành động số 08-CTr/TU và số 09-CTr/TU ngày 5/3/2025 thực hiện lần "
         "lượt Nghị quyết số 57-NQ/TW và Nghị quyết số 59-NQ/TW của Bộ Chính trị.",
         {("08-CTr/TU", "implements", "57-NQ/TW"), ("09-CTr/TU", "implements", "59-NQ/TW")}),
        # regression: … each listed document doing its own part of the clause after "lần lượt" ("B1 và A lần lượt quy định
        # về … và sửa đổi, bổ sung … B1" related nothing; "A1 và A2 lần lượt triển khai B1 và B2", not issued here, gave
        # A2 both)
        ("Nghị định số 112/2020/NĐ-CP và Nghị định số 71/2023/NĐ-CP của Chính phủ lần lượt quy định về xử lý kỷ luật cán "
         "bộ, công chức, viên chức và sửa đổi, bổ sung một số điều của Nghị định 112.",
         {("71/2023/NĐ-CP", "amends", "112/2020/NĐ-CP")}),
        ("Nghị định 100/2019/NĐ-CP và Nghị định 123/2021/NĐ-CP lần lượt quy định xử phạt vi phạm hành chính trong lĩnh vực "
         "giao thông đường bộ và đường sắt và sửa đổi, bổ sung một số điều của Nghị định 100.",
         {("123/2021/NĐ-CP", "amends", "100/2019/NĐ-CP")}),
        ("Kế hoạch số 12/KH-UBND và Kế hoạch số 15/KH-UBND lần lượt triển khai Nghị quyết số 57-NQ/TW và Nghị quyết số "
         "68-NQ/TW.", {("12/KH-UBND", "implements", "57-NQ/TW"), ("15/KH-UBND", "implements", "68-NQ/TW")}),
        ("UBND tỉnh ban hành Kế hoạch số 41/KH-UBND và Kế hoạch số 42/KH-UBND lần lượt triển khai Nghị định số "
         "13/2023/NĐ-CP và Nghị định số 70/2023/NĐ-CP.",
         {("41/KH-UBND", "implements", "13/2023/NĐ-CP"), ("42/KH-UBND", "implements", "70/2023/NĐ-CP")}),
        # regression: a lead on a counted back-reference before several documents that each say which of them they carry
        # out ("Thực hiện hai nghị quyết trên, Chính phủ ban hành A1 … thực hiện B1 và A2 … thực hiện B2") gave each both
        ("Bộ Chính trị ban hành Nghị quyết số 26-NQ/TW và Nghị quyết số 27-NQ/TW ngày 3/11/2022 về phát triển vùng. Thực "
         "hiện hai nghị quyết trên, Chính phủ đã ban hành Nghị quyết số 14/NQ-CP ngày 10/2/2023 ban hành Chương trình "
         "hành động thực hiện Nghị quyết số 26-NQ/TW và Nghị quyết số 15/NQ-CP ngày 10/2/2023 ban hành Chương trình hành "
         "động thực hiện Nghị quyết số 27-NQ/TW.",
         {("14/NQ-CP", "implements", "26-NQ/TW"), ("15/NQ-CP", "implements", "27-NQ/TW")}),
        # regression: a replacement of B's provisions named by their subject ("thay thế các quy định về … tại B") replaced
        # nothing: a partial replacement is still B's
        # regression: ", và" after the replaced document closes the aside a comma opened before the phrase ("Chính phủ ban
        # hành Nghị định A …, thay thế B, và Nghị định A2 …" replaced A2 too)
        ("Chính phủ ban hành Nghị định số 33/2023/NĐ-CP ngày 10/6/2023 quy định về cán bộ, công chức cấp xã, thay thế "
         "Nghị định số 92/2009/NĐ-CP, và Nghị định số 06/2023/NĐ-CP ngày 21/2/2023 quy định về kiểm định chất lượng đầu "
         "vào công chức.", {("33/2023/NĐ-CP", "replaces", "92/2009/NĐ-CP")}),
        ("Thông tư số 12/2024/TT-BYT có hiệu lực từ ngày 1/7/2024, thay thế Thông tư số 05/2019/TT-BYT, và Thông tư số "
         "13/2024/TT-BYT cũng bắt đầu được áp dụng.", {("12/2024/TT-BYT", "replaces", "05/2019/TT-BYT")}),
        # … nor listed with the next item as the subject of its phrase ("…, thay thế B, và Nghị định số 151/2024/NĐ-CP …
        # quy định chi tiết C": B carried C out too)
        ("Từ ngày 1/1/2025, Nghị định số 168/2024/NĐ-CP ngày 26/12/2024 của Chính phủ chính thức có hiệu lực, thay thế "
         "Nghị định số 100/2019/NĐ-CP, và Nghị định số 151/2024/NĐ-CP ngày 15/11/2024 quy định chi tiết một số điều của "
         "Luật Trật tự, an toàn giao thông đường bộ cũng được áp dụng.",
         {("168/2024/NĐ-CP", "replaces", "100/2019/NĐ-CP"), ("151/2024/NĐ-CP", "implements", "Luật#")}),
        # … but a list after the phrase, joined with no comma, is replaced whole
        ("Nghị định số 33/2023/NĐ-CP quy định về cán bộ cấp xã, thay thế Nghị định số 92/2009/NĐ-CP và Nghị định số "
         "34/2019/NĐ-CP.", {("33/2023/NĐ-CP", "replaces", "92/2009/NĐ-CP"), ("33/2023/NĐ-CP", "replaces", "34/2019/NĐ-CP")}),
        ("Quyết định số 12/2025/QĐ-UBND thay thế các quy định về mức thu phí tham quan tại Quyết định số 40/2021/QĐ-UBND "
         "ngày 2/8/2021 của UBND tỉnh.", {("12/2025/QĐ-UBND", "replaces", "40/2021/QĐ-UBND")}),
        ("Chính phủ ban hành Nghị định số 81/2025/NĐ-CP, thay thế các nội dung về quản lý hoạt động kinh doanh xăng dầu "
         "trong khu vực biên giới tại Nghị định số 95/2021/NĐ-CP.", {("81/2025/NĐ-CP", "replaces", "95/2021/NĐ-CP")}),
        # regression: a replacement by a document still to be written, after a titled document's long tail ("Thông báo số
        # … về kết luận …, … đề nghị Trung ương ban hành nghị quyết mới thay thế B") was the titled document's
        ("Tiếp theo Thông báo số 215-TB/TU ngày 3/4/2025 về kết luận của Thường trực Tỉnh ủy, đồng chí Chủ tịch UBND tỉnh "
         "yêu cầu các sở nghiên cứu, đề xuất Bộ Tài chính xem xét ban hành thông tư mới thay thế Thông tư số "
         "58/2020/TT-BTC.", set()),
        # regression: a second act after where A carries B out ("A triển khai B trên địa bàn tỉnh, thực hiện C") was B's,
        # and so lost
        ("Ngày 12/4/2024, UBND tỉnh ban hành Kế hoạch số 88/KH-UBND triển khai Nghị định số 100/2024/NĐ-CP trên địa bàn "
         "tỉnh, thực hiện Chỉ thị số 14/CT-TTg ngày 20/3/2024 của Thủ tướng Chính phủ.",
         {("88/KH-UBND", "implements", "100/2024/NĐ-CP"), ("88/KH-UBND", "implements", "14/CT-TTg")}),
        # regression: two plans issued after a lead, the second by another body, with one purpose of no object ("Ngay sau
        # khi … ban hành B, Tỉnh ủy ban hành A1 và UBND tỉnh ban hành A2 để triển khai thực hiện"): A2 carried out A1
        ("Ngay sau khi Bộ Chính trị ban hành Nghị quyết số 57-NQ/TW, Ban Thường vụ Tỉnh ủy đã ban hành Kế hoạch số "
         "41-KH/TU ngày 10/1/2025 và UBND tỉnh ban hành Kế hoạch số 12/KH-UBND ngày 16/1/2025 để triển khai thực hiện.",
         {("41-KH/TU", "implements", "57-NQ/TW"), ("12/KH-UBND", "implements", "57-NQ/TW")}),
        # regression: "trên cơ sở đó" in the middle of a sentence ("…, trên cơ sở đó, X ban hành A") rested on nothing: A
        # rests on what the clause before issues
        ("Ban Thường vụ Huyện ủy ban hành Kế hoạch số 45-KH/HU ngày 2/3/2024, trên cơ sở đó, UBND huyện ban hành Kế hoạch "
         "số 88/KH-UBND ngày 10/3/2024.", {("88/KH-UBND", "based_on", "45-KH/HU")}),
        ("Tỉnh ủy đã ban hành Chỉ thị số 20-CT/TU về công tác dân vận và, trên cơ sở đó, Ban Dân vận Tỉnh ủy ban hành "
         "Hướng dẫn số 15-HD/BDVTU.", {("15-HD/BDVTU", "based_on", "20-CT/TU")}),
        ("Tỉnh đã rà soát toàn bộ văn bản và, trên cơ sở đó, ban hành Quyết định số 35/2024/QĐ-UBND.", set()),
        # regression: a lead after the page's stamp, its weekday, day and time before the byline ("Thứ Năm, 12/09/2024,
        # 15:30 (GMT+7) Báo Hà Tĩnh - Thực hiện B, …") opened no sentence, so carried nothing out
        ("Thứ Năm, 12/09/2024, 15:30 (GMT+7) Báo Hà Tĩnh - Thực hiện Chỉ thị số 35-CT/TW ngày 14/6/2024 của Bộ Chính "
         "trị, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 270-KH/TU.", {("270-KH/TU", "implements", "35-CT/TW")}),
        ("Chủ Nhật, 6/10/2024 - 08:15 (HTO) - Ngay sau khi Bộ Chính trị ban hành Chỉ thị số 35-CT/TW, Tỉnh ủy đã ban "
         "hành Kế hoạch số 270-KH/TU ngày 5/7/2024 để triển khai thực hiện. Trên cơ sở đó, Ban Tổ chức Tỉnh ủy ban hành "
         "Hướng dẫn số 15-HD/BTCTU.",
         {("270-KH/TU", "implements", "35-CT/TW"), ("15-HD/BTCTU", "based_on", "270-KH/TU")}),
        # regression: a title given with no "về" that ends on its period ("… giai đoạn 2021 - 2025 nhằm thực hiện B") lost
        # the purpose of issuing A
        ("UBND huyện ban hành Kế hoạch số 87/KH-UBND ngày 12/4/2021 phát triển văn hóa đọc giai đoạn 2021 - 2025 nhằm "
         "thực hiện Nghị quyết số 04-NQ/HU ngày 2/3/2021 của Ban Chấp hành Đảng bộ huyện.",
         {("87/KH-UBND", "implements", "04-NQ/HU")}),
        ("Sở Văn hóa, Thể thao và Du lịch ban hành Kế hoạch số 210/KH-SVHTTDL ngày 5/8/2022 bảo tồn di sản văn hóa phi vật "
         "thể giai đoạn 2022-2026 để cụ thể hóa Nghị quyết số 12-NQ/TU của Tỉnh ủy.",
         {("210/KH-SVHTTDL", "implements", "12-NQ/TU")}),
        ("UBND tỉnh ban hành Quyết định số 1502/QĐ-UBND ngày 6/9/2023 phê duyệt Đề án xây dựng thiết chế văn hóa cơ sở "
         "giai đoạn 2023 - 2030 nhằm triển khai Kết luận số 76-KL/TW của Bộ Chính trị.",
         {("1502/QĐ-UBND", "implements", "76-KL/TW")}),
        # regression: the act a "Việc …" sentence names went on to a second document after "; đồng thời" and a phrase of
        # its own, and that second document was lost
        ("Ngày 12/9/2023, UBND tỉnh ban hành Quyết định số 2150/QĐ-UBND sửa đổi quy chế làm việc của UBND tỉnh. Việc "
         "sửa đổi nhằm thể chế hóa Nghị định số 39/2022/NĐ-CP ngày 18/6/2022 của Chính phủ về quy chế làm việc mẫu; "
         "đồng thời triển khai Chỉ thị số 08/CT-TTg ngày 23/2/2023 của Thủ tướng Chính phủ về cải cách hành chính.",
         {("2150/QĐ-UBND", "implements", "39/2022/NĐ-CP"), ("2150/QĐ-UBND", "implements", "08/CT-TTg")}),
        # … and the act is the amending document's, not the amended one's, though that one is issued with its plan
        ("UBND huyện ban hành Quyết định số 812/QĐ-UBND ngày 4/5/2022 điều chỉnh Quyết định số 95/QĐ-UBND ngày 10/1/2022 "
         "của UBND huyện ban hành Kế hoạch phát triển giáo dục năm 2022. Việc điều chỉnh nhằm cụ thể hóa Nghị quyết số "
         "15-NQ/HU ngày 20/4/2022 của Huyện ủy.",
         {("812/QĐ-UBND", "amends", "95/QĐ-UBND"), ("812/QĐ-UBND", "implements", "15-NQ/HU")}),
        ("Ngày 12/9/2023, UBND tỉnh ban hành Quyết định số 2150/QĐ-UBND điều chỉnh giá đất. Việc điều chỉnh được thực "
         "hiện căn cứ Nghị định số 44/2014/NĐ-CP và thực hiện Chỉ thị số 08/CT-TTg của Thủ tướng Chính phủ.",
         {("2150/QĐ-UBND", "based_on", "44/2014/NĐ-CP"), ("2150/QĐ-UBND", "implements", "08/CT-TTg")}),
        # regression: a plan that adjusts another ("A điều chỉnh B") did not amend it
        ("Tháng 9/2020, UBND huyện Đức Thọ ban hành Kế hoạch số 315/KH-UBND điều chỉnh Kế hoạch số 120/KH-UBND ngày "
         "3/4/2020 về phòng, chống dịch bệnh.", {("315/KH-UBND", "amends", "120/KH-UBND")}),
        # regression: guidance that adds to B ("hướng dẫn bổ sung B") was read as amending it (the corpus relates none)
        ("Ban Bí thư ban hành Hướng dẫn số 12-HD/TW ngày 5/6/2025 hướng dẫn bổ sung Quy định số 294-QĐ/TW về thi hành "
         "Điều lệ Đảng.", set()),
        # regression: a second document issued after "và" with its own title naming the plan it issues to carry out C
        # was a second B of the first, and B (of its type) a second source carrying out C
        ("Chính phủ đã ban hành Nghị quyết số 45/NQ-CP về Chương trình hành động thực hiện Nghị quyết số 59-NQ/TW và "
         "Nghị quyết số 46/NQ-CP về Kế hoạch triển khai Nghị quyết số 190/2025/QH15 của Quốc hội.",
         {("45/NQ-CP", "implements", "59-NQ/TW"), ("46/NQ-CP", "implements", "190/2025/QH15")}),
        ("UBND tỉnh ban hành Quyết định số 210/QĐ-UBND về Kế hoạch thực hiện Quyết định số 06/QĐ-TTg và Quyết định số "
         "211/QĐ-UBND về Kế hoạch triển khai Nghị quyết số 193/2025/QH15.",
         {("210/QĐ-UBND", "implements", "06/QĐ-TTg"), ("211/QĐ-UBND", "implements", "193/2025/QH15")}),
        # … and so with no "về", the item itself issuing the plan ("… và Nghị quyết số 15/NQ-CP ngày … ban hành Chương trình
        # hành động thực hiện C" was a second B, its own plan hiding what it carries out)
        ("Chính phủ đã ban hành Nghị quyết số 14/NQ-CP ngày 10/2/2023 ban hành Chương trình hành động thực hiện Nghị quyết "
         "số 26-NQ/TW và Nghị quyết số 15/NQ-CP ngày 10/2/2023 ban hành Chương trình hành động thực hiện Nghị quyết số "
         "27-NQ/TW.",
         {("14/NQ-CP", "implements", "26-NQ/TW"), ("15/NQ-CP", "implements", "27-NQ/TW")}),
        ("Chính phủ đã ban hành Nghị quyết số 93/NQ-CP ngày 5/7/2023 ban hành Kế hoạch hành động nâng cao hiệu quả hội "
         "nhập kinh tế quốc tế thực hiện Nghị quyết số 06-NQ/TW và Nghị quyết số 94/NQ-CP ngày 5/7/2023 ban hành Chương "
         "trình hành động thực hiện Kết luận số 54-KL/TW.",
         {("93/NQ-CP", "implements", "06-NQ/TW"), ("94/NQ-CP", "implements", "54-KL/TW")}),
        # … while plans listed under one title each carry out what it names
        ("Tỉnh triển khai theo Kế hoạch số 01-KH/TW của Bộ Chính trị và Kế hoạch số 12-KH/TU của Ban Thường vụ Tỉnh ủy về "
         "học tập, quán triệt và triển khai thực hiện Nghị quyết số 57-NQ/TW.",
         {("01-KH/TW", "implements", "57-NQ/TW"), ("12-KH/TU", "implements", "57-NQ/TW")}),
        # regression: answering B's call ("Hưởng ứng B, X ban hành A") carried nothing out
        ("Hưởng ứng Chỉ thị số 29-CT/TW ngày 13/12/2013 của Ban Bí thư, Đảng ủy xã Kỳ Tân ban hành Kế hoạch số 14-KH/ĐU "
         "ngày 2/3/2014 về đẩy mạnh phong trào khuyến học.", {("14-KH/ĐU", "implements", "29-CT/TW")}),
        # … and B after a campaign the opening answers, with its own phrase ("… phát động và thực hiện B")
        ("Hưởng ứng phong trào thi đua “Vì người nghèo - Không để ai bị bỏ lại phía sau” do Thủ tướng phát động và triển "
         "khai Chỉ thị số 34/CT-TTg ngày 20/8/2021 của Thủ tướng Chính phủ, UBND huyện Hương Khê ban hành Kế hoạch số "
         "210/KH-UBND ngày 15/9/2021.", {("210/KH-UBND", "implements", "34/CT-TTg")}),
        # regression: a plan's title closed by ", theo" the numbered plan it follows (the plan it was drawn up under, past
        # the documents its title names) gave no relation
        ("Ngày 3/4/2023, Đảng ủy xã Cẩm Bình ban hành Kế hoạch số 58-KH/ĐU thực hiện Chỉ thị số 21-CT/TW của Ban Bí thư về "
         "công tác phụ nữ, theo Kế hoạch số 112-KH/HU của Ban Thường vụ Huyện ủy Cẩm Xuyên.",
         {("58-KH/ĐU", "implements", "21-CT/TW"), ("58-KH/ĐU", "implements", "112-KH/HU")}),
        ("Ban Thường vụ Thị ủy ban hành Kế hoạch số 45-KH/TU về tổ chức hội nghị học tập chuyên đề năm 2024, theo Kế hoạch số "
         "09-KH/TU của Ban Thường vụ Tỉnh ủy.",
         {("45-KH/TU", "implements", "09-KH/TU")}),
        # regression: a title that goes on with "tiếp tục" before what A carries out under B ("… về tiếp tục thực hiện
        # cách ly xã hội … theo B") was read as what A governs, no act of A's
        ("Ngày 22/8/2021, UBND tỉnh Long An ban hành Kế hoạch số 2764/KH-UBND về tiếp tục thực hiện cách ly xã hội trên "
         "địa bàn tỉnh theo Chỉ thị số 16/CT-TTg của Thủ tướng Chính phủ.",
         {("2764/KH-UBND", "implements", "16/CT-TTg")}),
        # regression: a title listing one head's items ("… trước hết là Ủy viên Bộ Chính trị, Ủy viên Ban Bí thư, …") ended
        # at the first comma, and the review's second item after "và" was lost
        ("Đảng ủy Khối ban hành Báo cáo số 77-BC/ĐUK tổng kết 5 năm thực hiện Quy định số 08-QĐi/TW về trách nhiệm nêu "
         "gương của cán bộ, đảng viên, trước hết là Ủy viên Bộ Chính trị, Ủy viên Ban Bí thư, Ủy viên Ban Chấp hành Trung "
         "ương và Quy định số 101-QĐ/TW của Ban Bí thư.",
         {("77-BC/ĐUK", "reviews", "08-QĐi/TW"), ("77-BC/ĐUK", "reviews", "101-QĐ/TW")}),
        # regression: a time up to now before the main clause's subject ("…, từ … đến nay Ban Thường vụ … đã ban hành A")
        # took it past the eight words an issuing clause may open with, and A carried out nothing
        ("Thực hiện Chỉ thị số 35-CT/TW của Bộ Chính trị, từ tháng 7/2024 đến nay Ban Thường vụ Đảng ủy xã Yên Hòa đã ban "
         "hành Kế hoạch số 18-KH/ĐU về đại hội chi bộ.", {("18-KH/ĐU", "implements", "35-CT/TW")}),
        # regression: one body's documents of one type listed after the first's title and a "; " were not issued ("…
        # ban hành A1 về …; A2 và A3 về …": A3 carried out nothing)
        ("Thực hiện Kết luận số 137-KL/TW, Ban Thường vụ Huyện ủy đã ban hành Quyết định số 905-QĐ/HU về việc thành lập "
         "Tổ công tác; Quyết định số 906-QĐ/HU và Quyết định số 907-QĐ/HU về việc kiện toàn Ban Chỉ đạo.",
         {("905-QĐ/HU", "implements", "137-KL/TW"), ("906-QĐ/HU", "implements", "137-KL/TW"),
          ("907-QĐ/HU", "implements", "137-KL/TW")}),
        # regression: the Party's charter, no document, listed first after A's basis phrase ("A … căn cứ Điều lệ Đảng, B1
        # và B2") hid the documents listed after it
        ("Đảng ủy phường ban hành Quy chế làm việc số 02-QC/ĐU ngày 8/10/2020 căn cứ Điều lệ Đảng, Quy định số 29-QĐ/TW "
         "ngày 25/7/2016 của Ban Chấp hành Trung ương và Hướng dẫn số 01-HD/TW ngày 20/9/2016 của Ban Bí thư.",
         {("02-QC/ĐU", "based_on", "29-QĐ/TW"), ("02-QC/ĐU", "based_on", "01-HD/TW")}),
        ("Ban Thường vụ Huyện ủy ban hành Quy định số 05-QĐ/HU ngày 3/3/2022 về chế độ sinh hoạt chi bộ, trên cơ sở Điều lệ "
         "Đảng Cộng sản Việt Nam và Hướng dẫn số 12-HD/BTCTW ngày 18/10/2021 của Ban Tổ chức Trung ương.",
         {("05-QĐ/HU", "based_on", "12-HD/BTCTW")}),
        # regression: the provisions of B between the lead and B ("Căn cứ Điều 19, B", "Căn cứ khoản 2 Điều 8 B") hid the
        # lead, and the decision the main clause records was based on nothing
        ("Căn cứ Điều 19, Quy định số 69-QĐ/TW của Bộ Chính trị, Ủy ban Kiểm tra Huyện ủy quyết định khiển trách đồng chí "
         "Lê Văn Hùng (Quyết định số 57-QĐ/UBKTHU ngày 3/4/2024).", {("57-QĐ/UBKTHU", "based_on", "69-QĐ/TW")}),
        ("Căn cứ khoản 2 Điều 8 Quy định số 22-QĐ/TW, Ban Thường vụ Đảng ủy ban hành Kế hoạch số 30-KH/ĐU.",
         {("30-KH/ĐU", "based_on", "22-QĐ/TW")}),
        # regression: a name's initial ("đồng chí Trần Văn H.") ended the sentence, and the decision in brackets after it
        # fell outside the lead's main clause
        ("Căn cứ Quy định số 69-QĐ/TW của Bộ Chính trị, Ủy ban Kiểm tra Thành ủy quyết định cảnh cáo đồng chí Trần Văn H. "
         "bằng hình thức cảnh cáo (Quyết định số 88-QĐ/UBKTTU ngày 5/6/2024).", {("88-QĐ/UBKTTU", "based_on", "69-QĐ/TW")}),
        # regression: after "; " or "và" a lead's next item may open with a plural ("…; các Kết luận số …, …") and the
        # list goes on (it ended before "các", and the plan carried out nothing)
        ("Thực hiện Nghị quyết số 19-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương; các Kết luận số 40-KL/TW, "
         "62-KL/TW của Bộ Chính trị, Ban Thường vụ Huyện ủy ban hành Kế hoạch số 88-KH/HU.",
         {("88-KH/HU", "implements", "19-NQ/TW"), ("88-KH/HU", "implements", "40-KL/TW"),
          ("88-KH/HU", "implements", "62-KL/TW")}),
        ("Để thực hiện Chỉ thị số 28-CT/TW và hai Quy định số 105-QĐ/TW, 205-QĐ/TW của Bộ Chính trị, Đảng ủy xã đã ban "
         "hành Chương trình số 12-CTr/ĐU.",
         {("12-CTr/ĐU", "implements", "28-CT/TW"), ("12-CTr/ĐU", "implements", "105-QĐ/TW"),
          ("12-CTr/ĐU", "implements", "205-QĐ/TW")}),
        # regression: a guide on studying and spreading B carries it out, as one on studying and rolling it out
        # ("… về tổ chức học tập, quán triệt và tuyên truyền Nghị quyết số 71-NQ/TW" gave nothing)
        ("Ban Tuyên giáo và Dân vận Tỉnh ủy Gia Lai ban hành Hướng dẫn số 09-HD/BTGDVTU ngày 3/9/2025 về tổ chức học tập, "
         "quán triệt và tuyên truyền Nghị quyết số 72-NQ/TW ngày 9/9/2025 của Bộ Chính trị.",
         {("09-HD/BTGDVTU", "implements", "72-NQ/TW")}),
        ("Ban Thường vụ Huyện ủy ban hành Kế hoạch số 40-KH/HU về quán triệt, tuyên truyền Chỉ thị số 45-CT/TW của Bộ "
         "Chính trị.", {("40-KH/HU", "implements", "45-CT/TW")}),
        # regression: a guide's bare title that spreads how B is carried out ("Hướng dẫn số … ngày … tuyên truyền thực
        # hiện B", no "về") gave nothing
        ("Ban Tuyên giáo Huyện ủy ban hành Hướng dẫn số 12-HD/BTGHU ngày 4/3/2024 tuyên truyền thực hiện Chỉ thị số "
         "23-CT/TW của Ban Bí thư và Kế hoạch số 31-KH/TU của Tỉnh ủy.",
         {("12-HD/BTGHU", "implements", "23-CT/TW"), ("12-HD/BTGHU", "implements", "31-KH/TU")}),
        ("Sở Tư pháp có Kế hoạch số 45/KH-STP ngày 3/3/2024 tuyên truyền triển khai Luật Đất đai số 31/2024/QH15.",
         {("45/KH-STP", "implements", "31/2024/QH15")}),
        # … but not the campaign the clause's subject runs ("Các cấp ủy tăng cường tuyên truyền thực hiện B")
        ("Kế hoạch số 20-KH/TU ngày 2/3/2024 đề ra nhiều giải pháp; các cấp ủy tăng cường tuyên truyền thực hiện Chỉ thị "
         "số 05-CT/TW của Bộ Chính trị.", set()),
        # regression: the purpose after the title of the document A is built on ("A được xây dựng trên cơ sở B … về …,
        # nhằm thực hiện C") was B's act, not A's
        ("Chương trình phối hợp số 21/CTr-BDT-BĐBP được xây dựng trên cơ sở Chương trình phối hợp số 1079/CTr-UBDT-BQP "
         "ngày 15/9/2021 giữa Ủy ban Dân tộc và Bộ Quốc phòng về công tác dân tộc tại vùng biên giới giai đoạn 2021 - "
         "2025, nhằm thực hiện có hiệu quả Quyết định số 1719/QĐ-TTg của Thủ tướng Chính phủ.",
         {("21/CTr-BDT-BĐBP", "based_on", "1079/CTr-UBDT-BQP"), ("21/CTr-BDT-BĐBP", "implements", "1719/QĐ-TTg")}),
        # regression: an issued plan's title with no "về", a verb first, then "để thực hiện B" gave nothing
        ("Trung tâm Y tế huyện Hương Khê đã ban hành Kế hoạch số 215/KH-TTYT ngày 3/10/2024 giám sát chất lượng nước "
         "sinh hoạt tại 100% trạm cấp nước, hộ gia đình vùng lũ để thực hiện Công văn số 3120/SYT-NVY của Sở Y tế.",
         {("215/KH-TTYT", "implements", "3120/SYT-NVY")}),
        # … and what it carries out set off by a comma after that title, with a second B joined by "và"
        ("Ngày 12/3/2024, UBND xã Thạch Kim ban hành Kế hoạch số 38/KH-UBND ngày 12/3/2024 ra quân làm sạch bãi biển, "
         "thu gom rác thải nhựa, thực hiện Kế hoạch số 95/KH-UBND của UBND huyện và Chỉ thị số 10/CT-UBND của UBND tỉnh.",
         {("38/KH-UBND", "implements", "95/KH-UBND"), ("38/KH-UBND", "implements", "10/CT-UBND")}),
        # regression: "đều"/"cùng" after the last of listed plans gives the purpose after it to each, issued here or not, a
        # province in brackets after one's body or not ("… A1 của UBND tỉnh (Lai Châu) và A2 …, cùng nhằm thực hiện B"
        # gave A2 alone, or nothing)
        ("Hai tỉnh đã giao nhiệm vụ cho các sở qua Kế hoạch số 77/KH-UBND ngày 2/3/2023 của UBND tỉnh (Lai Châu) và Kế "
         "hoạch số 95/KH-UBND ngày 9/3/2023 của UBND tỉnh (Điện Biên), cùng nhằm thực hiện Nghị quyết số 96/NQ-CP.",
         {("77/KH-UBND", "implements", "96/NQ-CP"), ("95/KH-UBND", "implements", "96/NQ-CP")}),
        ("UBND tỉnh Lai Châu ban hành Kế hoạch số 77/KH-UBND ngày 2/3/2023 và UBND tỉnh Điện Biên ban hành Kế hoạch số "
         "95/KH-UBND ngày 9/3/2023, đều nhằm thực hiện Nghị quyết số 96/NQ-CP.",
         {("77/KH-UBND", "implements", "96/NQ-CP"), ("95/KH-UBND", "implements", "96/NQ-CP")}),
        # regression: … with no comma before "cùng", the plans a new programme is built on ("… trên cơ sở A1 của Ban
        # Thường vụ Tỉnh ủy Phú Yên và A2 của Ban Thường vụ Tỉnh ủy Đắk Lắk (trước hợp nhất) cùng thực hiện B" gave A2 alone)
        ("Chương trình hành động của Tỉnh ủy được xây dựng trên cơ sở kế thừa Kế hoạch số 287-KH/TU ngày 20/5/2025 của Ban "
         "Thường vụ Tỉnh ủy Phú Yên và Kế hoạch số 431-KH/TU ngày 28/5/2025 của Ban Thường vụ Tỉnh ủy Đắk Lắk (trước hợp "
         "nhất) cùng thực hiện Nghị quyết số 66-NQ/TW ngày 30/4/2025 của Bộ Chính trị.",
         {("Chương trình hành động#", "based_on", "287-KH/TU"), ("Chương trình hành động#", "based_on", "431-KH/TU"),
          ("287-KH/TU", "implements", "66-NQ/TW"), ("431-KH/TU", "implements", "66-NQ/TW")}),
        # regression: … and with no "đều"/"cùng", a purpose right after the last of two plans, each issued by its own
        # body and neither with a title, is each plan's ("… UBND tỉnh Phú Yên đã ban hành A1 ngày … và UBND tỉnh Đắk Lắk
        # đã ban hành A2 ngày … để triển khai B" gave A2 alone)
        ("Trước khi hợp nhất, UBND tỉnh Phú Yên đã ban hành Kế hoạch số 215/KH-UBND ngày 4/3/2025 và UBND tỉnh Đắk Lắk "
         "đã ban hành Kế hoạch số 96/KH-UBND ngày 12/3/2025 để triển khai Nghị quyết số 57-NQ/TW của Bộ Chính trị.",
         {("215/KH-UBND", "implements", "57-NQ/TW"), ("96/KH-UBND", "implements", "57-NQ/TW")}),
        # regression: the plans listed after "trong đó" a generic plural's plan names carry out B when words fitting it to
        # the place stand between B and the list ("… kế hoạch thực hiện B phù hợp với tình hình địa phương; trong đó …"),
        # and each B of a list ("… kế hoạch thực hiện B1 và B2; trong đó …" gave nothing)
        ("Các huyện ủy, thành ủy đều xây dựng kế hoạch thực hiện Chỉ thị 23 phù hợp với tình hình địa phương; trong đó "
         "Huyện ủy Hương Khê ban hành Kế hoạch số 71-KH/HU ngày 4/9/2023.", {("71-KH/HU", "implements", "Chỉ thị#23")}),
        ("Các đảng bộ trực thuộc đều ban hành kế hoạch thực hiện Nghị quyết 57 và Nghị quyết 03; trong đó, Đảng ủy Công an "
         "tỉnh ban hành Kế hoạch số 14-KH/ĐU ngày 3/3/2025.",
         {("14-KH/ĐU", "implements", "Nghị quyết#57"), ("14-KH/ĐU", "implements", "Nghị quyết#03")}),
        # regression: after a lead, the second document its sentence issues, with a purpose of no object, carries out the
        # first as well as the lead's B ("… ra Nghị quyết số 07-NQ/HU … và ban hành Kế hoạch số 33-KH/HU … để tổ chức
        # thực hiện" gave the plan the lead's B alone)
        ("Thực hiện Nghị quyết số 21-NQ/TW, Ban Thường vụ Huyện ủy Kỳ Anh ra Nghị quyết số 07-NQ/HU ngày 2/3/2023 về nâng "
         "cao chất lượng sinh hoạt chi bộ và ban hành Kế hoạch số 33-KH/HU ngày 10/3/2023 để tổ chức thực hiện.",
         {("07-NQ/HU", "implements", "21-NQ/TW"), ("33-KH/HU", "implements", "21-NQ/TW"),
          ("33-KH/HU", "implements", "07-NQ/HU")}),
        # … but not one another body is directed to issue ("… và chỉ đạo UBND xã xây dựng A2 để triển khai")
        ("Thực hiện Nghị quyết số 21-NQ/TW, Đảng ủy xã Kỳ Phong ban hành Kế hoạch số 12-KH/ĐU ngày 2/3/2023 và chỉ đạo "
         "UBND xã xây dựng Kế hoạch số 40/KH-UBND ngày 9/3/2023 để triển khai đến từng thôn.",
         {("12-KH/ĐU", "implements", "21-NQ/TW"), ("40/KH-UBND", "implements", "21-NQ/TW")}),
        # regression: a state decree after "và" at the end of a Politburo conclusion's "tiếp tục thực hiện" title is the next
        # item of the plan that carries the conclusion out; the conclusion continued it too
        ("Huyện ủy Cẩm Xuyên ban hành Kế hoạch số 140-KH/HU ngày 20/2/2020 thực hiện Kết luận số 54-KL/TW ngày 7/8/2019 "
         "của Bộ Chính trị về tiếp tục thực hiện Nghị quyết Trung ương 7 khóa X về nông nghiệp, nông dân, nông thôn và "
         "Nghị định số 57/2018/NĐ-CP ngày 17/4/2018 của Chính phủ về cơ chế, chính sách khuyến khích doanh nghiệp đầu tư "
         "vào nông nghiệp, nông thôn.",
         {("140-KH/HU", "implements", "54-KL/TW"), ("140-KH/HU", "implements", "57/2018/NĐ-CP"),
          ("54-KL/TW", "continues", "Nghị quyết#")}),
        # regression: a purpose lead opened by "Cũng" ("Cũng để thực hiện B, …") was no lead
        ("Cũng để thực hiện Kết luận 21, cùng ngày, Ban Thường vụ Huyện ủy Can Lộc ban hành Quyết định số 602-QĐ/HU về "
         "thành lập Tổ kiểm tra.", {("602-QĐ/HU", "implements", "Kết luận#21")}),
        # regression: "Để hoàn thành" the tasks a named body gave at B, X issues A gave nothing
        ("Để hoàn thành tốt các nhiệm vụ mà Ban Thường vụ Tỉnh ủy giao tại Kết luận số 112-KL/TU ngày 8/5/2024, Huyện "
         "ủy Vũ Quang đã ban hành Kế hoạch số 64-KH/HU ngày 20/5/2024.",
         {("64-KH/HU", "implements", "112-KL/TU")}),
        # regression: "trên địa bàn" in the sentence before hid a counted subject ("Hai quyết định được ban hành căn cứ B"
        # gave nothing, a demonstrative being looked for only)
        ("UBND tỉnh đã ban hành Quyết định số 21/2024/QĐ-UBND quy định giá dịch vụ thu gom rác thải sinh hoạt trên địa "
         "bàn tỉnh và Quyết định số 22/2024/QĐ-UBND quy định giá nước sạch. Hai quyết định được ban hành căn cứ Luật Giá "
         "và Nghị định số 85/2024/NĐ-CP của Chính phủ.",
         {("21/2024/QĐ-UBND", "based_on", "Luật#"), ("21/2024/QĐ-UBND", "based_on", "85/2024/NĐ-CP"),
          ("22/2024/QĐ-UBND", "based_on", "Luật#"), ("22/2024/QĐ-UBND", "based_on", "85/2024/NĐ-CP")}),
        # regression: after a lead, a clause whose plan is issued "để triển khai thực hiện." with no object carried out
        # the lead's B, not the resolution the clause before issued
        ("Thực hiện Nghị quyết số 19-NQ/TW, Ban Thường vụ Huyện ủy Hương Sơn đã ban hành Nghị quyết số 04-NQ/HU ngày "
         "12/5/2023 về phát triển kinh tế đồi rừng; UBND huyện ban hành Kế hoạch số 77/KH-UBND ngày 2/6/2023 để triển "
         "khai thực hiện.",
         {("04-NQ/HU", "implements", "19-NQ/TW"), ("77/KH-UBND", "implements", "04-NQ/HU")}),
        # regression: "Việc ban hành … nhằm thực hiện B" after a sentence whose subject counts the documents back ("Hai
        # quyết định …") was the last document's act only
        ("UBND tỉnh ban hành Quyết định số 30/2024/QĐ-UBND về quản lý cụm công nghiệp và Quyết định số 31/2024/QĐ-UBND "
         "về giá thuê đất trong cụm công nghiệp. Hai quyết định có hiệu lực từ ngày 1/10/2024. Việc ban hành nhằm thực "
         "hiện Nghị định số 32/2024/NĐ-CP của Chính phủ.",
         {("30/2024/QĐ-UBND", "implements", "32/2024/NĐ-CP"), ("31/2024/QĐ-UBND", "implements", "32/2024/NĐ-CP")}),
        # regression: a Prime Minister's decision listed after what a Government resolution's programme carries out
        # ("Nghị quyết số …/NQ-CP … ban hành Chương trình hành động thực hiện B và Quyết định số …/QĐ-TTg …") was read as
        # carried out by the resolution: the Government carries out no document of less legal force
        ("Tỉnh triển khai Nghị quyết số 52/NQ-CP ngày 22/4/2022 của Chính phủ ban hành Chương trình hành động thực hiện "
         "Nghị quyết số 21-NQ/TW và Quyết định số 712/QĐ-TTg ngày 3/6/2021 của Thủ tướng Chính phủ phê duyệt Đề án phát "
         "triển nông thôn.", {("52/NQ-CP", "implements", "21-NQ/TW")}),
        # … while the Prime Minister's decision carries out the Government's resolution
        ("Quyết định số 1305/QĐ-TTg ngày 5/9/2021 của Thủ tướng Chính phủ ban hành Kế hoạch thực hiện Nghị quyết số "
         "99/NQ-CP ngày 30/8/2021 của Chính phủ.", {("1305/QĐ-TTg", "implements", "99/NQ-CP")}),
        # regression: "đồng thời" tying what A does, written with no "về", to what it replaces ("A …, đồng thời thay thế
        # B") gave nothing
        ("Ban Thường vụ Tỉnh ủy ban hành Quy chế số 12-QC/TU ngày 4/9/2025 về làm việc của Ban Chấp hành Đảng bộ tỉnh. "
         "Quy chế được xây dựng chặt chẽ, đồng thời thay thế Quy chế số 05-QC/TU ngày 10/12/2020 của Tỉnh ủy.",
         {("12-QC/TU", "replaces", "05-QC/TU")}),
        ("Kế hoạch số 88/KH-UBND ngày 3/3/2024 của UBND huyện nêu rõ các nhiệm vụ trọng tâm, đồng thời thay thế Kế hoạch "
         "số 15/KH-UBND ngày 20/1/2023.", {("88/KH-UBND", "replaces", "15/KH-UBND")}),
        # … but not after a body told to make a document
        ("UBND tỉnh giao Sở Nội vụ xây dựng quy chế phối hợp mới, đồng thời thay thế Quy chế số 05/QC-UBND ngày "
         "10/12/2020.", set()),
        # regression: a regulation's count of its parts between it and its act ("Quy chế gồm 6 chương, 30 điều, thay thế
        # B" gave nothing)
        ("Ngày 20/10, Tỉnh ủy ban hành Quy chế số 01-QC/TU về làm việc của Ban Chấp hành Đảng bộ tỉnh khóa XVIII. Quy "
         "chế gồm 6 chương, 30 điều, thay thế Quy chế số 03-QC/TU ngày 10/12/2020 của Tỉnh ủy.",
         {("01-QC/TU", "replaces", "03-QC/TU")}),
        ("Quy định số 15/2024/QĐ-UBND bao gồm 3 chương và 18 điều, thay thế Quyết định số 22/2019/QĐ-UBND của UBND tỉnh.",
         {("15/2024/QĐ-UBND", "replaces", "22/2019/QĐ-UBND")}),
        # regression: … and between it and its passive issuing ("Quy định gồm 5 chương, 24 điều, được xây dựng trên cơ sở
        # B" gave nothing)
        ("Ban Thường vụ Huyện ủy ban hành Quy định số 07-QĐ/HU về chế độ sinh hoạt chi bộ. Quy định gồm 5 chương, 24 "
         "điều, được xây dựng trên cơ sở Hướng dẫn số 12-HD/BTCTW của Ban Tổ chức Trung ương.",
         {("07-QĐ/HU", "based_on", "12-HD/BTCTW")}),
        ("Đảng ủy xã ban hành Kế hoạch số 14-KH/ĐU ngày 2/4/2024. Kế hoạch có 4 phần, được ban hành để triển khai Chỉ thị "
         "số 35-CT/TW của Bộ Chính trị.",
         {("14-KH/ĐU", "implements", "35-CT/TW")}),
        # … or its coming into force ("Quy định có hiệu lực từ ngày ký, được xây dựng căn cứ B và thay thế C" rested on
        # nothing)
        ("Ban Thường vụ Thành ủy ban hành Quy định số 310-QĐ/TU về phân cấp quản lý cán bộ. Quy định có hiệu lực từ ngày "
         "ký, được xây dựng căn cứ Quy định số 80-QĐ/TW của Bộ Chính trị và thay thế Quy định số 95-QĐ/TU.",
         {("310-QĐ/TU", "based_on", "80-QĐ/TW"), ("310-QĐ/TU", "replaces", "95-QĐ/TU")}),
        # regression: what a document numbered in brackets after its noun does, after the brackets ("Chương trình hành
        # động (số 45-CTr/TU, ngày 10/5/2022) thực hiện B" gave nothing)
        ("Tỉnh ủy ban hành Chương trình hành động (số 45-CTr/TU, ngày 10/5/2022) thực hiện Nghị quyết số 13-NQ/TW của Bộ "
         "Chính trị.", {("45-CTr/TU", "implements", "13-NQ/TW")}),
        # regression: the subject's passive predicate naming B, then "và thay thế" C: the subject's second act (nothing)
        ("Chỉ thị số 41-CT/TW được ban hành trên cơ sở tổng kết Chỉ thị số 36-CT/TW về bảo vệ môi trường và thay thế "
         "Chỉ thị này.", {("41-CT/TW", "replaces", "36-CT/TW")}),
        ("Nghị quyết số 08/2024/NQ-HĐND được thông qua trên cơ sở tổng kết Nghị quyết số 15/2019/NQ-HĐND của HĐND tỉnh "
         "về hỗ trợ giảm nghèo và thay thế Nghị quyết này.", {("08/2024/NQ-HĐND", "replaces", "15/2019/NQ-HĐND")}),
        # … or "đồng thời" carries C (and its fellows) out: the subject's second act ("A được ban hành trên cơ sở tổng kết …
        # B …, đồng thời nhằm tiếp tục thực hiện C" gave nothing)
        ("Chỉ thị số 20-CT/TU được ban hành trên cơ sở tổng kết 5 năm thực hiện Chỉ thị số 08-CT/TU của Ban Thường vụ Tỉnh "
         "ủy, đồng thời nhằm tiếp tục thực hiện Chỉ thị số 13-CT/TW của Ban Bí thư và Kết luận số 61-KL/TW của Ban Bí thư.",
         {("20-CT/TU", "implements", "13-CT/TW"), ("20-CT/TU", "implements", "61-KL/TW")}),
        ("Kế hoạch số 112/KH-UBND được xây dựng trên cơ sở sơ kết 3 năm thực hiện Nghị quyết số 05-NQ/TU về phát triển du "
         "lịch, đồng thời cụ thể hóa Kết luận số 14-KL/TW của Bộ Chính trị.", {("112/KH-UBND", "implements", "14-KL/TW")}),
        # regression: a guide to hold a review of B, "thực hiện" unsaid ("Hướng dẫn … hướng dẫn các chi bộ tổ chức sơ kết
        # B" gave nothing)
        ("Ban Tuyên giáo Huyện ủy ban hành Hướng dẫn số 14-HD/BTGHU hướng dẫn các chi bộ tổ chức sơ kết Chỉ thị số "
         "05-CT/TW của Bộ Chính trị.", {("14-HD/BTGHU", "reviews", "05-CT/TW")}),
        ("Ủy ban MTTQ tỉnh ban hành Hướng dẫn số 03/HD-MTTQ-BTT hướng dẫn tổng kết Quyết định số 217-QĐ/TW của Bộ "
         "Chính trị.", {("03/HD-MTTQ-BTT", "reviews", "217-QĐ/TW")}),
        # regression: what A replaces after where or when it carries B out ("A về thực hiện B trên địa bàn tỉnh, thay thế
        # C" made the directive replace the plan; "… B trong năm 2022, thay thế C" gave nothing), and what it carries out
        ("UBND tỉnh ban hành Kế hoạch số 15/KH-UBND ngày 3/2/2022 về triển khai Chỉ thị số 07-CT/TU trên địa bàn tỉnh, "
         "thay thế Kế hoạch số 90/KH-UBND ngày 5/6/2020.",
         {("15/KH-UBND", "implements", "07-CT/TU"), ("15/KH-UBND", "replaces", "90/KH-UBND")}),
        ("UBND tỉnh ban hành Kế hoạch số 15/KH-UBND ngày 3/2/2022 về thực hiện Chỉ thị số 07-CT/TU trong năm 2022, thay "
         "thế Kế hoạch số 90/KH-UBND ngày 5/6/2020.",
         {("15/KH-UBND", "implements", "07-CT/TU"), ("15/KH-UBND", "replaces", "90/KH-UBND")}),
        ("Huyện ủy ban hành Kế hoạch số 12-KH/HU triển khai Nghị quyết số 57-NQ/TW giai đoạn 2025 - 2030, thực hiện Kế "
         "hoạch số 05-KH/TU của Tỉnh ủy.",
         {("12-KH/HU", "implements", "57-NQ/TW"), ("12-KH/HU", "implements", "05-KH/TU")}),
        # regression: … past the title of what A carries out, which names its own object ("A được ban hành nhằm thực hiện
        # B1 của Tỉnh ủy về triển khai B, đồng thời cụ thể hóa C" gave C to nobody: B1, acted on, was taken for a meeting's)
        ("Quyết định số 25/2024/QĐ-UBND được ban hành nhằm thực hiện Kế hoạch số 40-KH/TU của Tỉnh ủy về triển khai Nghị "
         "quyết số 19-NQ/TW, đồng thời cụ thể hóa Nghị định số 98/2018/NĐ-CP của Chính phủ.",
         {("25/2024/QĐ-UBND", "implements", "40-KH/TU"), ("40-KH/TU", "implements", "19-NQ/TW"),
          ("25/2024/QĐ-UBND", "implements", "98/2018/NĐ-CP")}),
        # regression: what a decision does, written with no "về", before what it replaces ("Quyết định … ủy quyền cho …;
        # thay thế B" gave nothing)
        ("UBND huyện ban hành Quyết định số 845/QĐ-UBND ngày 4/6/2024 phân cấp cho UBND các xã quản lý chợ nông thôn; "
         "thay thế Quyết định số 1190/QĐ-UBND ngày 9/9/2019 của UBND huyện.",
         {("845/QĐ-UBND", "replaces", "1190/QĐ-UBND")}),
        ("Chủ tịch UBND tỉnh ký Quyết định số 27/2024/QĐ-UBND quy định mức hỗ trợ học phí cho học sinh dân tộc thiểu số, "
         "thay thế Quyết định số 18/2020/QĐ-UBND.",
         {("27/2024/QĐ-UBND", "replaces", "18/2020/QĐ-UBND")}),
        # regression: two decrees issued in one clause, the first described by the law it details, were read as one's
        # description ("ban hành Nghị định số 59/2023/NĐ-CP quy định chi tiết … Luật … và Nghị định số 61/2023/NĐ-CP về
        # …": 59 carried 61 out), and "Trên cơ sở đó" after them rested on the first only
        ("Ngày 14/8/2023, Chính phủ ban hành Nghị định số 59/2023/NĐ-CP quy định chi tiết một số điều của Luật Thực hiện "
         "dân chủ ở cơ sở và Nghị định số 61/2023/NĐ-CP về xây dựng và thực hiện hương ước, quy ước của cộng đồng dân "
         "cư. Trên cơ sở đó, UBND tỉnh ban hành Kế hoạch số 3012/KH-UBND ngày 5/10/2023.",
         {("59/2023/NĐ-CP", "implements", "Luật#"), ("3012/KH-UBND", "based_on", "59/2023/NĐ-CP"),
          ("3012/KH-UBND", "based_on", "61/2023/NĐ-CP")}),
        # … not on the document those carry out, issued in the lead ("Ngay sau khi Thành ủy ban hành B, Ban Thường vụ
        # Quận ủy ban hành A1 …. Trên cơ sở đó, … ban hành A2" also rested on B)
        ("Ngay sau khi Thành ủy ban hành Chương trình số 08-CTr/TU ngày 2/3/2022 thực hiện Nghị quyết 27, Ban Thường vụ "
         "Quận ủy đã ban hành Kế hoạch số 31-KH/QU ngày 20/3/2022 để triển khai. Trên cơ sở đó, UBND quận ban hành Kế "
         "hoạch số 95/KH-UBND ngày 5/4/2022 về xây dựng đội ngũ trí thức.",
         {("08-CTr/TU", "implements", "Nghị quyết#27"), ("31-KH/QU", "implements", "08-CTr/TU"),
          ("95/KH-UBND", "based_on", "31-KH/QU")}),
        # … nor on what the lead's own clauses issued before the main clause ("Ngay sau khi Trung ương ban hành B, Chính
        # phủ ban hành B2, Tỉnh ủy ban hành A1 …. Trên cơ sở đó, … ban hành A2" rested on B2, issued first)
        ("Ngay sau khi Bộ Chính trị ban hành Nghị quyết số 57-NQ/TW, Chính phủ ban hành Nghị quyết số 03/NQ-CP ngày "
         "9/1/2025 về Chương trình hành động, Ban Thường vụ Tỉnh ủy đã ban hành Kế hoạch số 41-KH/TU ngày 20/1/2025. "
         "Trên cơ sở đó, UBND tỉnh ban hành Kế hoạch số 25/KH-UBND ngày 5/2/2025 về chuyển đổi số.",
         {("03/NQ-CP", "implements", "57-NQ/TW"), ("41-KH/TU", "implements", "57-NQ/TW"),
          ("25/KH-UBND", "based_on", "41-KH/TU")}),
        # regression: a lead's main clause issued the document named inside the name of what it issues, by what that
        # document approves ("Trên cơ sở B, UBND tỉnh ban hành Quyết định số … ban hành Kế hoạch thực hiện Nghị quyết số
        # 24/2008/NQ-CP … ban hành Chương trình hành động của Chính phủ …": the resolution rested on B too)
        ("Trên cơ sở Chương trình hành động số 12-CTr/TU của Tỉnh ủy, UBND tỉnh ban hành Quyết định số 318/QĐ-UBND "
         "ngày 3/3/2009 ban hành Kế hoạch thực hiện Nghị quyết số 24/2008/NQ-CP ngày 28/10/2008 của Chính phủ ban hành "
         "Chương trình hành động của Chính phủ thực hiện Nghị quyết số 26-NQ/TW, giao chỉ tiêu cho từng sở.",
         {("318/QĐ-UBND", "based_on", "12-CTr/TU"), ("318/QĐ-UBND", "implements", "24/2008/NQ-CP"),
          ("24/2008/NQ-CP", "implements", "26-NQ/TW")}),
        # regression: what a document details, named by the contents it was given there ("… Quyết định số 41/2024/QĐ-UBND
        # cụ thể hóa các nội dung được giao tại Luật Đất đai …" gave nothing)
        ("UBND tỉnh ban hành Quyết định số 19/2024/QĐ-UBND cụ thể hóa các nội dung được giao tại Nghị định số "
         "101/2024/NĐ-CP ngày 29/7/2024 của Chính phủ.",
         {("19/2024/QĐ-UBND", "implements", "101/2024/NĐ-CP")}),
        # regression: a lead's main clause that issues nothing but records its act "tại Quyết định số …" gave nothing
        # ("Để thực hiện B, UBND huyện thành lập Hội đồng … tại Quyết định số 615/QĐ-UBND …"); not a rule's place
        ("Để thực hiện Kế hoạch số 41/KH-UBND, UBND huyện thành lập Tổ thẩm định sản phẩm OCOP cấp huyện tại Quyết định "
         "số 702/QĐ-UBND ngày 12/6/2020.",
         {("702/QĐ-UBND", "implements", "41/KH-UBND")}),
        # regression: a lead's main clause whose body puts its own document to work ("Để thực hiện B, UBND tỉnh triển
        # khai Kế hoạch số …/KH-UBND", "Đối với B, Huyện ủy triển khai Kế hoạch số …-KH/HU") gave nothing
        ("Để thực hiện Chỉ thị số 31/CT-TTg ngày 29/12/2023 của Thủ tướng Chính phủ, UBND tỉnh triển khai Kế hoạch số "
         "205/KH-UBND ngày 15/3/2024 đến các sở, ngành.",
         {("205/KH-UBND", "implements", "31/CT-TTg")}),
        ("Đối với Nghị quyết số 27-NQ/TW về xây dựng Nhà nước pháp quyền, Huyện ủy triển khai Kế hoạch số 112-KH/HU "
         "ngày 20/3/2023.",
         {("112-KH/HU", "implements", "27-NQ/TW")}),
        # regression: an adjective after the phrase, before what of B it takes up ("… là bước thể chế hóa quan trọng các
        # quan điểm nêu tại B" gave nothing)
        ("Luật Thủ đô số 39/2024/QH15 là bước thể chế hóa quan trọng các quan điểm nêu tại Nghị quyết số 15-NQ/TW ngày "
         "5/5/2022 của Bộ Chính trị.",
         {("39/2024/QH15", "implements", "15-NQ/TW")}),
        # regression: "Trên cơ sở đó" after a sentence that carries B out but issues nothing gave nothing ("Các sở, ngành
        # đã thực hiện nghiêm B, … Trên cơ sở đó, Chủ tịch UBND tỉnh ban hành A")
        ("Các sở, ngành đã thực hiện nghiêm Kế hoạch số 412/KH-UBND ngày 20/1/2024 của UBND tỉnh, rà soát toàn bộ thủ tục "
         "hành chính. Trên cơ sở đó, Chủ tịch UBND tỉnh ban hành Quyết định số 905/QĐ-UBND ngày 10/4/2024 công bố danh "
         "mục thủ tục được đơn giản hóa.",
         {("905/QĐ-UBND", "based_on", "412/KH-UBND")}),
        ("Đợt tổng kiểm tra được triển khai theo Kế hoạch số 88/KH-BCĐ của Ban Chỉ đạo 138 tỉnh. Trên cơ sở đó, Công an "
         "huyện ban hành Kế hoạch số 31/KH-CAH ngày 2/12/2024.",
         {("31/KH-CAH", "based_on", "88/KH-BCĐ")}),
        # regression: … nor after a sentence that opens with what B allows ("Theo Nghị quyết số 98/2023/QH15 …, TPHCM được
        # phép …. Trên cơ sở đó, HĐND TPHCM đã ban hành A")
        ("Theo Nghị quyết số 98/2023/QH15 của Quốc hội, thành phố được phép áp dụng cơ chế đặc thù để thu hút nhà đầu tư "
         "chiến lược. Trên cơ sở đó, HĐND thành phố đã ban hành Nghị quyết số 12/2024/NQ-HĐND ngày 18/7/2024.",
         {("12/2024/NQ-HĐND", "based_on", "98/2023/QH15")}),
        # regression: what is carried out together with B, "gắn với" it, was no object ("A thực hiện Chỉ thị số 05-CT/TW
        # gắn với Kết luận số 01-KL/TW" carried out the first only) …
        ("Ban Thường vụ Thị ủy ban hành Kế hoạch số 76-KH/TU ngày 2/3/2024 thực hiện Chỉ thị số 05-CT/TW của Bộ Chính "
         "trị gắn với Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị.",
         {("76-KH/TU", "implements", "05-CT/TW"), ("76-KH/TU", "implements", "01-KL/TW")}),
        # regression: a lead's list going on after the plan a decision approves ("Sau khi có Quyết định số 264/2005/QĐ-TTg
        # … phê duyệt Đề án … và Kết luận 24, …" lost the conclusion, which took the Prime Minister for its body)
        ("Bộ Chính trị ban hành Kết luận số 24-KL/TW ngày 5/6/2012. Sau khi có Quyết định số 264/2005/QĐ-TTg ngày "
         "25/10/2005 của Thủ tướng Chính phủ phê duyệt Đề án phát triển kinh tế - xã hội huyện Côn Đảo và Kết luận 24, "
         "huyện đã ban hành Nghị quyết số 05-NQ/HU ngày 10/12/2012.",
         {("05-NQ/HU", "implements", "264/2005/QĐ-TTg"), ("05-NQ/HU", "implements", "24-KL/TW")}),
        # … also when it was named by its number alone in between
        ("Tỉnh ủy ban hành Chương trình hành động số 42-CTr/TU thực hiện Kết luận số 24-KL/TW ngày 5/6/2012 của Bộ Chính "
         "trị. Chương trình nêu rõ các nhiệm vụ thực hiện Kết luận 24. Sau khi có Quyết định số 264/2005/QĐ-TTg của Thủ "
         "tướng Chính phủ phê duyệt Đề án phát triển kinh tế - xã hội huyện Côn Đảo và Kết luận 24, huyện đã ban hành "
         "Nghị quyết số 05-NQ/HU.",
         {("42-CTr/TU", "implements", "24-KL/TW"), ("05-NQ/HU", "implements", "264/2005/QĐ-TTg"),
          ("05-NQ/HU", "implements", "24-KL/TW")}),
        # regression: … the act named as a noun ("…, gắn với việc thực hiện B2") made B1 carry B2 out, not A …
        ("Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 349-KH/TU ngày 10/4/2023 thực hiện Chỉ thị số 21-CT/TW của Ban Bí "
         "thư, gắn với việc thực hiện Nghị quyết số 11-NQ/TW ngày 27/4/2007 của Bộ Chính trị.",
         {("349-KH/TU", "implements", "21-CT/TW"), ("349-KH/TU", "implements", "11-NQ/TW")}),
        # … and what a plan just issued ties to, with its date before the comma ("… ban hành Kế hoạch số 48-KH/TU ngày
        # 2/11/2022, gắn với thực hiện B" gave nothing)
        ("Để cụ thể hóa Chương trình, Ban Thường vụ Thị ủy ban hành Kế hoạch số 48-KH/TU ngày 2/11/2022, gắn với thực hiện "
         "Nghị quyết số 02-NQ/TU ngày 18/3/2021 của Ban Chấp hành Đảng bộ thị xã về phát triển nông nghiệp.",
         {("48-KH/TU", "implements", "02-NQ/TU")}),
        ("Ban Thường vụ Huyện ủy ban hành Kế hoạch số 48-KH/HU ngày 2/11/2022, gắn với việc thực hiện Nghị quyết số "
         "02-NQ/HU ngày 18/3/2021 của Ban Chấp hành Đảng bộ huyện.",
         {("48-KH/HU", "implements", "02-NQ/HU")}),
        # … and after B1's title closed by a comma ("quán triệt B1 về …, gắn với thực hiện B2")
        ("Các chi bộ quán triệt Chỉ thị số 35-CT/TU ngày 4/4/2023 của Ban Thường vụ Tỉnh ủy về công tác cán bộ, gắn với "
         "thực hiện Quy định số 08-QĐi/TW ngày 25/10/2018 của Ban Chấp hành Trung ương.",
         set()),
        # … and the committees' act in a plan's demands ("các cấp ủy quán triệt B1, gắn với việc tiếp tục thực hiện B2")
        ("Kế hoạch yêu cầu các cấp ủy quán triệt sâu rộng Chỉ thị số 21-CT/TW, gắn với việc tiếp tục thực hiện Nghị quyết "
         "số 11-NQ/TW ngày 27/4/2007 của Bộ Chính trị về công tác phụ nữ.",
         set()),
        # … and the act on B1 named as a noun, tied to B2 with no comma ("Việc thực hiện Nghị quyết cũng gắn với triển khai
        # B2" made the resolution carry B2 out)
        ("Tỉnh ủy tổng kết 15 năm thực hiện Nghị quyết số 11-NQ/TW ngày 27/4/2007 của Bộ Chính trị. Việc thực hiện Nghị "
         "quyết cũng gắn với triển khai Luật Bình đẳng giới năm 2006 trên địa bàn tỉnh.",
         set()),
        # regression: … and after B's own title, which ran on over ", gắn với thực hiện C" (C was lost)
        ("Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 95-KH/TU ngày 20/3/2020 về tiếp tục thực hiện Nghị quyết số "
         "25-NQ/TW ngày 03/6/2013 của Ban Chấp hành Trung ương Đảng (khóa XI) về tăng cường và đổi mới sự lãnh đạo của "
         "Đảng đối với công tác dân vận trong tình hình mới, gắn với thực hiện Kết luận số 43-KL/TW của Ban Bí thư.",
         {("95-KH/TU", "implements", "25-NQ/TW"), ("95-KH/TU", "implements", "43-KL/TW")}),
        # regression: "gắn với thực hiện C" inside the title of a B the clause acts on, with no comma before it, is B's
        # own tie ("… nghe báo cáo kết quả thực hiện Kết luận số 45-KL/HU về … gắn với thực hiện C" lost C)
        ("Hội nghị nghe báo cáo kết quả thực hiện Kết luận số 45-KL/HU ngày 12/5/2024 của Ban Thường vụ Huyện ủy về phát "
         "triển kinh tế nông thôn gắn với thực hiện Nghị quyết số 19-NQ/TW ngày 16/6/2022 của Ban Chấp hành Trung ương.",
         {("45-KL/HU", "implements", "19-NQ/TW")}),
        ("Các xã tiếp tục thực hiện Kế hoạch số 112-KH/ĐU ngày 3/3/2023 của Đảng ủy xã về chuyển đổi cơ cấu cây trồng gắn "
         "với thực hiện Chỉ thị số 07-CT/HU ngày 10/1/2023 của Ban Thường vụ Huyện ủy.",
         {("112-KH/ĐU", "implements", "07-CT/HU")}),
        # … also after A's title
        ("Ban Thường vụ Huyện ủy ban hành Chỉ thị số 14-CT/HU ngày 9/10/2023 về tăng cường công tác dân vận, thực hiện "
         "Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư gắn với Quy định số 03-QĐ/TU của Tỉnh ủy.",
         {("14-CT/HU", "implements", "114-KL/TW"), ("14-CT/HU", "implements", "03-QĐ/TU")}),
        # regression: a description that lists its fields by "; " was cut at the first, losing the "thay thế" after the
        # last ("Nghị định số 144/2021/NĐ-CP … quy định xử phạt … an toàn xã hội; phòng, chống tệ nạn xã hội; …, thay thế
        # B" gave nothing) …
        ("Lực lượng công an xử phạt theo Nghị định số 144/2021/NĐ-CP ngày 31/12/2021 của Chính phủ quy định xử phạt vi "
         "phạm hành chính trong lĩnh vực an ninh, trật tự, an toàn xã hội; phòng, chống tệ nạn xã hội; phòng cháy, chữa "
         "cháy; cứu nạn, cứu hộ, thay thế Nghị định số 167/2013/NĐ-CP.",
         {("144/2021/NĐ-CP", "replaces", "167/2013/NĐ-CP")}),
        # … but in a task of a list a colon opens, a "; " begins the next task, whose act is no act of the document
        # ("…: kiện toàn bộ máy theo Nghị định số 01/2018/NĐ-CP … quy định chức năng …; …; đẩy mạnh chuyển đổi số, thực
        # hiện Đề án 06" made the decree carry out the scheme)
        ("Chương trình xác định 4 nhóm nhiệm vụ: kiện toàn tổ chức bộ máy theo Nghị định số 01/2018/NĐ-CP ngày 6/8/2018 "
         "của Chính phủ quy định chức năng, nhiệm vụ, quyền hạn của Bộ Công an; xây dựng Công an xã chính quy; đẩy mạnh "
         "chuyển đổi số, thực hiện Đề án 06; bảo đảm chế độ, chính sách.", set()),
        # … and the replacing said in an aside after the description
        ("Cảnh sát giao thông áp dụng Nghị định số 168/2024/NĐ-CP ngày 26/12/2024 của Chính phủ quy định xử phạt vi phạm "
         "hành chính về trật tự, an toàn giao thông trong lĩnh vực giao thông đường bộ; trừ điểm, phục hồi điểm giấy phép "
         "lái xe (thay thế Nghị định số 100/2019/NĐ-CP và Nghị định số 123/2021/NĐ-CP).",
         {("168/2024/NĐ-CP", "replaces", "100/2019/NĐ-CP"), ("168/2024/NĐ-CP", "replaces", "123/2021/NĐ-CP")}),
        # regression: an item after the title of a listed basis, listed with it, is the next basis, not what the basis
        # amends ("căn cứ Kết luận số 150-KL/TW … về hướng dẫn bổ sung Chỉ thị số 35-CT/TW …, và Hướng dẫn số
        # 31-HD/BTCTW …" made 150 amend 31 too)
        ("Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 210-KH/TU. Kế hoạch được xây dựng căn cứ Kết luận số 150-KL/TW ngày "
         "14/4/2025 của Bộ Chính trị về hướng dẫn bổ sung Chỉ thị số 35-CT/TW ngày 14/6/2024 của Bộ Chính trị về đại hội "
         "đảng bộ các cấp, và Hướng dẫn số 31-HD/BTCTW ngày 23/4/2025 của Ban Tổ chức Trung ương.",
         {("210-KH/TU", "based_on", "150-KL/TW"), ("210-KH/TU", "based_on", "31-HD/BTCTW")}),
        # regression: a steering committee's symbol names a body of no name ("08/KH-BCĐ"): ranking it against an item
        # of its basis list raised AttributeError
        ("Kế hoạch số 08/KH-BCĐ được xây dựng căn cứ Kế hoạch số 156/KH-UBND của UBND tỉnh về nông thôn mới năm 2024 "
         "và Nghị quyết số 05-NQ/TU của Thị ủy Tân Châu.",
         {("08/KH-BCĐ", "based_on", "156/KH-UBND"), ("08/KH-BCĐ", "based_on", "05-NQ/TU")}),
        # regression: a comma before "và" after what a title names joins the title's document's sibling ("Kế hoạch số
        # 71/KH-UBND … về sơ kết 5 năm thực hiện Nghị quyết số 120/NQ-CP, và Công văn số 3326/BKHĐT-KTNN …" reviewed the
        # letter too); not in a list that commas already join
        ("Hội nghị được tổ chức theo Kế hoạch số 71/KH-UBND ngày 28/4/2022 của UBND tỉnh Vĩnh Long về sơ kết 5 năm thực "
         "hiện Nghị quyết số 120/NQ-CP, và Công văn số 3326/BKHĐT-KTNN của Bộ Kế hoạch và Đầu tư hướng dẫn đánh giá.",
         {("71/KH-UBND", "reviews", "120/NQ-CP")}),
        ("UBND tỉnh ban hành Kế hoạch số 10/KH-UBND về thực hiện Nghị quyết số 13-NQ/TW của Bộ Chính trị, Nghị quyết "
         "số 120/NQ-CP của Chính phủ, và Quyết định số 287/QĐ-TTg của Thủ tướng Chính phủ.",
         {("10/KH-UBND", "implements", "13-NQ/TW"), ("10/KH-UBND", "implements", "120/NQ-CP"),
          ("10/KH-UBND", "implements", "287/QĐ-TTg")}),
        # regression: "X này" right after what the document attached to X carries out is another X ("Nghị quyết số
        # 03/NQ-CP … ban hành Chương trình hành động của Chính phủ thực hiện Nghị quyết này" took 03 itself: no relation)
        ("Đảng ủy phường quán triệt Nghị quyết 57-NQ/TW và Nghị quyết số 03/NQ-CP ngày 9/1/2025 của Chính phủ ban hành "
         "Chương trình hành động của Chính phủ thực hiện Nghị quyết này cho đảng viên.",
         {("03/NQ-CP", "implements", "57-NQ/TW")}),
        ("Nghị quyết số 57-NQ/TW ra đời. Nghị quyết số 03/NQ-CP ngày 9/1/2025 của Chính phủ ban hành Chương trình hành "
         "động thực hiện Nghị quyết này.", {("03/NQ-CP", "implements", "57-NQ/TW")}),
        # guard: a new sentence's "Để triển khai Quyết định này" after the scheme a decision approves is that decision
        ("Trước đó, UBND tỉnh Cà Mau đã ban hành Quyết định số 985/QĐ-UBND ngày 15/5/2024 phê duyệt Đề án phát triển "
         "kinh tế ban đêm tỉnh Cà Mau đến năm 2030. Để triển khai Quyết định này, UBND thành phố Cà Mau đã có Kế hoạch số "
         "120/KH-UBND ngày 3/6/2024.", {("120/KH-UBND", "implements", "985/QĐ-UBND")}),
        # regression: an unnumbered document named after the documents a verb counts ("đã thông qua 16 nghị quyết, trong
        # đó có Nghị quyết sửa đổi, bổ sung … Nghị quyết số 09/2021/NQ-HĐND": no new resolution, nothing amended)
        ("Tại kỳ họp, các đại biểu đã biểu quyết thông qua 16 nghị quyết, trong đó có Nghị quyết sửa đổi, bổ sung một số "
         "điều của Nghị quyết số 09/2021/NQ-HĐND ngày 14/7/2021 của HĐND tỉnh.",
         {("Nghị quyết#", "amends", "09/2021/NQ-HĐND")}),
        ("Năm 2023, Ban Thường vụ Tỉnh ủy đã ban hành 5 kế hoạch, trong đó có Kế hoạch thực hiện Chỉ thị số 05-CT/TW của "
         "Bộ Chính trị.", {("Kế hoạch#", "implements", "05-CT/TW")}),
        # regression: a guiding lead with the guided before its verb ("Để hướng dẫn các cơ sở triển khai kế hoạch trên,
        # X ban hành A" gave nothing)
        ("Ban Thường vụ Huyện ủy đã ban hành Kế hoạch số 41-KH/HU ngày 2/4/2014. Để hướng dẫn các cơ sở triển khai kế "
         "hoạch trên, Ban Dân vận Huyện ủy ban hành Hướng dẫn số 05-HD/BDV ngày 25/9/2014.",
         {("05-HD/BDV", "implements", "41-KH/HU")}),
        ("Nhằm hướng dẫn các địa phương thực hiện Nghị định số 10/2024/NĐ-CP, Bộ Tài chính ban hành Thông tư số "
         "05/2024/TT-BTC.", {("05/2024/TT-BTC", "implements", "10/2024/NĐ-CP")}),
        # regression: a lead after a dateline of a place and a day ("Hàm Yên, 03/10/2014 - Thực hiện B, X ban hành A"
        # gave nothing: the lead did not open the sentence)
        ("Hàm Yên, 03/10/2014 - Thực hiện Kế hoạch số 36-KH/TU ngày 10/3/2014 của Ban Thường vụ Tỉnh ủy, Ban Thường vụ "
         "Huyện ủy Hàm Yên đã ban hành Kế hoạch số 41-KH/HU ngày 2/4/2014.", {("41-KH/HU", "implements", "36-KH/TU")}),
        # … and of a name of two parts joined by a dash ("Bà Rịa - Vũng Tàu, 18/8/2014 - ", "Baria-Vungtau Online, … - ")
        ("Bà Rịa - Vũng Tàu, 12/9/2016 - Thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị, Ban Thường vụ Huyện ủy Đất Đỏ "
         "đã ban hành Kế hoạch số 36-KH/HU ngày 5/8/2016.", {("36-KH/HU", "implements", "05-CT/TW")}),
        ("Phan Rang - Tháp Chàm (Ninh Thuận) - Thực hiện Kế hoạch số 36-KH/TU của Ban Thường vụ Tỉnh ủy, Ban Thường vụ "
         "Thành ủy đã ban hành Kế hoạch số 41-KH/TU ngày 2/4/2017.", {("41-KH/TU", "implements", "36-KH/TU")}),
        ("Baria-Vungtau Online, 3/4/2019 - Thực hiện Chỉ thị số 35-CT/TW của Bộ Chính trị, Ban Thường vụ Tỉnh ủy đã ban "
         "hành Kế hoạch số 150-KH/TU ngày 2/4/2019.", {("150-KH/TU", "implements", "35-CT/TW")}),
        # … and of the day alone ("Ngày 24/8/2023 - Thực hiện B, X ban hành A" gave nothing)
        ("Ngày 12/5/2022 - Thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị, Ban Thường vụ Huyện ủy Lộc Hà đã ban hành Kế "
         "hoạch số 88-KH/HU về học tập và làm theo Bác.", {("88-KH/HU", "implements", "05-CT/TW")}),
        # regression: a plan carries out a pair its lead's title carries out only through that title (the district's plan
        # carried out 218-QĐ/TW, the pair's second, as a second item of the lead)
        ("Thực hiện Kế hoạch số 36-KH/TU của Ban Thường vụ Tỉnh ủy về triển khai thực hiện Quyết định số 217-QĐ/TW và "
         "Quyết định số 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị, Ban Thường vụ Huyện ủy đã ban hành Kế hoạch số "
         "41-KH/HU.", {("36-KH/TU", "implements", "217-QĐ/TW"), ("36-KH/TU", "implements", "218-QĐ/TW"),
                       ("41-KH/HU", "implements", "36-KH/TU")}),
        ("Tỉnh ủy đã ban hành Kế hoạch số 248-KH/TU ngày 9-8-2019 triển khai thực hiện Chỉ thị số 35-CT/TW "
         "và tổ chức hội nghị quán triệt.",
         {("248-KH/TU", "implements", "35-CT/TW")}),
        # regression: what a guide sets out, then "theo" B ("Thông tư 06/2025/TT-BNV hướng dẫn thực hiện chế độ theo
        # Nghị định 179/2024/NĐ-CP" carried out nothing)
        ("Bộ Nội vụ ban hành Thông tư 06/2025/TT-BNV hướng dẫn thực hiện chế độ theo Nghị định 179/2024/NĐ-CP.",
         {("06/2025/TT-BNV", "implements", "179/2024/NĐ-CP")}),
        # regression: "theo" ending A's phrase is no "Theo B, …" report: what follows B's comma is A's act (the circular
        # replaced nothing, the decree before the comma being taken for the source of a report)
        ("Bộ Nội vụ ban hành Thông tư 03/2025/TT-BNV hướng dẫn thực hiện chế độ, chính sách theo Nghị định "
         "178/2024/NĐ-CP, có hiệu lực từ ngày 10/3/2025, thay thế Thông tư 01/2025/TT-BNV.",
         {("03/2025/TT-BNV", "implements", "178/2024/NĐ-CP"), ("03/2025/TT-BNV", "replaces", "01/2025/TT-BNV")}),
        # regression: after "; " a numbered document of A's body is A's sibling, not a second B beside the law B names
        # ("Nghị định số 102/2024/NĐ-CP quy định chi tiết … của Luật Đất đai; Nghị định số 88/2024/NĐ-CP …": 102
        # detailed decree 88)
        ("Chính phủ đã ban hành Nghị định số 102/2024/NĐ-CP quy định chi tiết thi hành một số điều của Luật Đất đai; "
         "Nghị định số 88/2024/NĐ-CP quy định về bồi thường, hỗ trợ, tái định cư khi Nhà nước thu hồi đất.",
         {("102/2024/NĐ-CP", "implements", "Luật#")}),
        # regression: "…; thực hiện Nghị quyết này, UBND tỉnh ban hành A" after the resolution's title gave nothing:
        # the title ran over the clause, so "này" pointed at nothing
        ("Ban Thường vụ Tỉnh ủy đã ban hành Nghị quyết số 03-NQ/TU ngày 25/6/2021 về phát triển năng lượng tái tạo trên "
         "địa bàn tỉnh; thực hiện Nghị quyết này, UBND tỉnh ban hành Kế hoạch số 312/KH-UBND ngày 10/8/2021.",
         {("312/KH-UBND", "implements", "03-NQ/TU")}),
        # regression: a list of expired documents gives the reason after a semicolon ("Thông tư số 40/2021/TT-BTC … hướng
        # dẫn …; được thay thế bởi Thông tư số 100/2024/TT-BTC" gave nothing: the passive was read after a comma only)
        ("Thông tư số 40/2021/TT-BTC ngày 1/6/2021 hướng dẫn thuế giá trị gia tăng đối với hộ kinh doanh; được thay "
         "thế bởi Thông tư số 100/2024/TT-BTC.",
         {("100/2024/TT-BTC", "replaces", "40/2021/TT-BTC")}),
        # regression: a bare lead's object is what A's own phrase names ("Để hướng dẫn thi hành, … Bộ Tài chính ban hành
        # Thông tư số 32/2025/TT-BTC hướng dẫn thực hiện … Nghị định số 70/2025/NĐ-CP" also carried out the decree
        # the sentence before named last)
        ("Người nộp thuế vi phạm bị phạt theo Điều 24 Nghị định số 125/2020/NĐ-CP. Để hướng dẫn thi hành, ngày 28/5/2025, "
         "Bộ Tài chính ban hành Thông tư số 32/2025/TT-BTC hướng dẫn thực hiện một số điều của Nghị định số "
         "70/2025/NĐ-CP.",
         {("32/2025/TT-BTC", "implements", "70/2025/NĐ-CP")}),
        # regression: "một số quy định của" before B, as "một số điều của" ("Thông tư … hướng dẫn thi hành một số quy
        # định của Nghị định …" gave nothing, and a decree amending another before "; " was read to amend it too)
        ("Quy chế được xây dựng trên tinh thần Nghị định số 118/2021/NĐ-CP ngày 15/12/2021 của Chính phủ sửa đổi, bổ sung "
         "một số điều của Nghị định số 81/2013/NĐ-CP về xử lý vi phạm hành chính; Thông tư số 05/2022/TT-BTP ngày "
         "9/5/2022 của Bộ Tư pháp hướng dẫn thi hành một số quy định của Nghị định số 81/2013/NĐ-CP.",
         {("118/2021/NĐ-CP", "amends", "81/2013/NĐ-CP"), ("05/2022/TT-BTP", "implements", "81/2013/NĐ-CP")}),
        ("Ngày 3/4/2024, Chính phủ ban hành Nghị định số 38/2024/NĐ-CP sửa đổi, bổ sung một số quy định của Nghị định số "
         "15/2018/NĐ-CP về an toàn thực phẩm.",
         {("38/2024/NĐ-CP", "amends", "15/2018/NĐ-CP")}),
        # … and "một số nội dung tại" ("Thông tư … hướng dẫn thực hiện một số nội dung tại Nghị định …" gave nothing)
        ("Tháng 7/2022, Bộ Lao động - Thương binh và Xã hội ban hành Thông tư số 09/2022/TT-BLĐTBXH hướng dẫn thực hiện "
         "một số nội dung tại Nghị định số 23/2021/NĐ-CP về việc làm.",
         {("09/2022/TT-BLĐTBXH", "implements", "23/2021/NĐ-CP")}),
        # regression: the provisions of A that amend B, between the passive and A ("Căn cứ khoản 3 Điều 5 Nghị định
        # 101/2019/NĐ-CP (được sửa đổi, bổ sung bởi khoản 5 Điều 1 Nghị định 124/2021/NĐ-CP)" gave nothing)
        ("Căn cứ khoản 3 Điều 5 Nghị định 101/2019/NĐ-CP (được sửa đổi, bổ sung bởi khoản 5 Điều 1 Nghị định "
         "124/2021/NĐ-CP), mức phạt là 100.000 đồng.",
         {("124/2021/NĐ-CP", "amends", "101/2019/NĐ-CP")}),
        ("Trước đây, hành vi này được quy định tại điểm c khoản 2 Điều 21 Nghị định số 100/2019/NĐ-CP, được sửa đổi "
         "bởi điểm k khoản 11 Điều 2 Nghị định số 123/2021/NĐ-CP, với mức phạt từ 100.000 đồng đến 200.000 đồng.",
         {("123/2021/NĐ-CP", "amends", "100/2019/NĐ-CP")}),
        # regression: … or after a label ("1. Nghị định 100/2019/NĐ-CP quy định …. Lý do: được thay thế bởi Nghị định
        # 168/2024/NĐ-CP." gave nothing)
        ("1. Nghị định 100/2019/NĐ-CP quy định xử phạt vi phạm hành chính trong lĩnh vực giao thông đường bộ và đường "
         "sắt. Lý do: được thay thế bởi Nghị định 168/2024/NĐ-CP.",
         {("168/2024/NĐ-CP", "replaces", "100/2019/NĐ-CP")}),
        # regression: a lead listing the Party's charter first related nothing ("Căn cứ Điều lệ Đảng và Quy định số
        # 24-QĐ/TW, Ban Thường vụ Đảng ủy xã … đã ban hành Quyết định số 45-QĐ/ĐU …")
        ("Căn cứ Điều lệ Đảng và Quy định số 24-QĐ/TW, Ban Thường vụ Đảng ủy xã Sín Thầu đã ban hành Quyết định số "
         "17-QĐ/ĐU ngày 12/5/2023 về việc thành lập Chi bộ bản Tá Miếu.", {("17-QĐ/ĐU", "based_on", "24-QĐ/TW")}),
        ("Căn cứ Điều lệ Đảng Cộng sản Việt Nam, Quy định số 24-QĐ/TW và Hướng dẫn số 01-HD/TW, Ban Thường vụ Huyện ủy "
         "Mường Nhé ban hành Quyết định số 450-QĐ/HU.",
         {("450-QĐ/HU", "based_on", "24-QĐ/TW"), ("450-QĐ/HU", "based_on", "01-HD/TW")}),
        # regression: a campaign with its quoted name listed before B hid B ("… thực hiện phong trào thi đua “…” và Chỉ
        # thị số 42/CT-TTg …" related nothing), after A as after a lead
        ("Ban Thường vụ Tỉnh ủy Phú Yên đã ban hành Kế hoạch số 287-KH/TU ngày 10/12/2024 thực hiện phong trào thi đua "
         "“Cả nước chung tay xóa nhà tạm, nhà dột nát trong năm 2025” và Chỉ thị số 42/CT-TTg của Thủ tướng Chính phủ.",
         {("287-KH/TU", "implements", "42/CT-TTg")}),
        ("Thực hiện phong trào thi đua “Cả nước chung tay xóa nhà tạm, nhà dột nát” do Thủ tướng Chính phủ phát động và "
         "Chỉ thị số 42/CT-TTg ngày 29/11/2024, UBND tỉnh Hậu Giang ban hành Kế hoạch số 203/KH-UBND ngày 9/12/2024.",
         {("203/KH-UBND", "implements", "42/CT-TTg")}),
        # regression: coming into force is the sentence's subject, not a law its description names ("Nghị định
        # 95/2023/NĐ-CP … thi hành Luật Tín ngưỡng, tôn giáo có hiệu lực từ …, thay thế C" made the law replace C)
        ("Nghị định số 95/2023/NĐ-CP ngày 29/12/2023 của Chính phủ quy định chi tiết một số điều và biện pháp thi hành "
         "Luật Tín ngưỡng, tôn giáo có hiệu lực từ ngày 30/3/2024, thay thế Nghị định số 162/2017/NĐ-CP.",
         {("95/2023/NĐ-CP", "implements", "Luật#"), ("95/2023/NĐ-CP", "replaces", "162/2017/NĐ-CP")}),
        # … but a second subject joined to it comes into force itself
        ("Luật Đất đai số 31/2024/QH15 và Nghị định số 102/2024/NĐ-CP có hiệu lực từ ngày 1/8/2024, thay thế Nghị định "
         "số 43/2014/NĐ-CP.", {("102/2024/NĐ-CP", "replaces", "43/2014/NĐ-CP")}),
        # regression: the day a decree starts to apply, then "thay thế" ("Nghị định số 136/2020/NĐ-CP có hiệu lực, thay
        # thế …" and "… bắt đầu được áp dụng, thay thế …" gave nothing: a "*" of the phrase table took no empty gap)
        ("Từ ngày 10/1/2021, Nghị định số 136/2020/NĐ-CP của Chính phủ chính thức có hiệu lực, thay thế Nghị định số "
         "79/2014/NĐ-CP.", {("136/2020/NĐ-CP", "replaces", "79/2014/NĐ-CP")}),
        ("Từ ngày 1/1/2025, Nghị định số 168/2024/NĐ-CP bắt đầu được áp dụng, thay thế Nghị định 100/2019/NĐ-CP.",
         {("168/2024/NĐ-CP", "replaces", "100/2019/NĐ-CP")}),
        # regression: … after the law its description details, with no comma between ("Nghị định số 136/2020/NĐ-CP quy
        # định chi tiết … Luật Phòng cháy và chữa cháy có hiệu lực từ ngày 10/1/2021, thay thế …" made the law replace it)
        ("Nghị định số 136/2020/NĐ-CP của Chính phủ quy định chi tiết một số điều của Luật Phòng cháy và chữa cháy có hiệu "
         "lực từ ngày 10/1/2021, thay thế Nghị định số 79/2014/NĐ-CP.",
         {("136/2020/NĐ-CP", "implements", "Luật#"),
          ("136/2020/NĐ-CP", "replaces", "79/2014/NĐ-CP")}),
        # regression: a court resolution guides how a code is applied ("Nghị quyết số 02/2018/NQ-HĐTP … hướng dẫn áp
        # dụng Điều 65 của Bộ luật Hình sự" carried out nothing)
        ("Điều kiện được hướng dẫn tại Nghị quyết số 02/2018/NQ-HĐTP ngày 15/5/2018 của Hội đồng Thẩm phán Tòa án nhân "
         "dân tối cao hướng dẫn áp dụng Điều 65 của Bộ luật Hình sự về án treo.",
         {("02/2018/NQ-HĐTP", "implements", "Bộ luật#")}),
        # regression: what A does in an aside after its title ("Kế hoạch số 28-KH/HU về … của huyện (thực hiện B và C)"
        # gave nothing: the title ran on over the aside, so no gap was read after A)
        ("Ban Thường vụ Huyện ủy Can Lộc ban hành Kế hoạch số 28-KH/HU về lấy phiếu tín nhiệm đối với chức vụ lãnh "
         "đạo, quản lý trong hệ thống chính trị của huyện (thực hiện Quy định số 96-QĐ/TW, ngày 02/02/2023 của Bộ "
         "Chính trị và Kế hoạch số 180-KH/TU, ngày 25/8/2023 của Ban Thường vụ Tỉnh ủy).",
         {("28-KH/HU", "implements", "96-QĐ/TW"), ("28-KH/HU", "implements", "180-KH/TU")}),
        # regression: a second basis after "và" ("… căn cứ Nghị quyết số 76/2025/UBTVQH15 … về sắp xếp đơn vị hành
        # chính năm 2025 và xét đề nghị của Chính phủ tại Tờ trình số 377/TTr-CP": B's title ran on over it, and the
        # proposal was B's basis)
        ("Nghị quyết số 1665/NQ-UBTVQH15 được ban hành căn cứ Nghị quyết số 76/2025/UBTVQH15 ngày 14/4/2025 của Ủy ban "
         "Thường vụ Quốc hội về sắp xếp đơn vị hành chính năm 2025 và xét đề nghị của Chính phủ tại Tờ trình số "
         "377/TTr-CP ngày 9/5/2025.",
         {("1665/NQ-UBTVQH15", "based_on", "76/2025/UBTVQH15"), ("1665/NQ-UBTVQH15", "based_on", "377/TTr-CP")}),
        # regression: … the basis a decision that issues rules, the proposal after "và" its rules' name ("căn cứ Quyết định số
        # 07/2022/QĐ-UBND … ban hành Quy chế phối hợp … và theo đề nghị của … tại Tờ trình C": the rules are the decision,
        # so the proposal was the decision's basis)
        ("UBND thị xã Phổ Yên ban hành Quyết định số 1402/QĐ-UBND ngày 3/6/2022. Quyết định được ban hành căn cứ Quyết "
         "định số 07/2022/QĐ-UBND ngày 11/3/2022 của UBND tỉnh ban hành Quy chế phối hợp quản lý cụm công nghiệp và theo "
         "đề nghị của Phòng Kinh tế tại Tờ trình số 88/TTr-PKT ngày 30/5/2022.",
         {("1402/QĐ-UBND", "based_on", "07/2022/QĐ-UBND"), ("1402/QĐ-UBND", "based_on", "88/TTr-PKT")}),
        ("Chủ tịch UBND huyện ký Quyết định số 560/QĐ-UBND ngày 9/8/2023 căn cứ Quyết định số 15/2023/QĐ-UBND ngày "
         "2/5/2023 của UBND tỉnh ban hành Quy định phân cấp quản lý tài sản công, theo đề nghị của Phòng Tài chính - Kế "
         "hoạch tại Tờ trình số 74/TTr-TCKH ngày 4/8/2023.",
         {("560/QĐ-UBND", "based_on", "15/2023/QĐ-UBND"), ("560/QĐ-UBND", "based_on", "74/TTr-TCKH")}),
        # regression: … and a basis word with a document after "và" ("…; trên cơ sở Nghị quyết số 117/NQ-CP … về sắp xếp đơn
        # vị hành chính cấp huyện, cấp xã giai đoạn 2023-2025 và xét Tờ trình số 210/TTr-UBND …": B's title ran on over
        # the submission, which based nothing)
        ("Nghị quyết số 35/2024/NQ-HĐND được ban hành căn cứ Nghị định số 33/2023/NĐ-CP; trên cơ sở Nghị quyết số "
         "117/NQ-CP ngày 30/7/2023 của Chính phủ về sắp xếp đơn vị hành chính cấp huyện, cấp xã giai đoạn 2023-2025 và "
         "xét Tờ trình số 210/TTr-UBND ngày 2/12/2024 của UBND tỉnh.",
         {("35/2024/NQ-HĐND", "based_on", "33/2023/NĐ-CP"), ("35/2024/NQ-HĐND", "based_on", "117/NQ-CP"),
          ("35/2024/NQ-HĐND", "based_on", "210/TTr-UBND")}),
        # regression: a number with a letter, cited again by it ("Thực hiện Nghị quyết 9c, … ban hành Chương trình hành
        # động số 18/CTr-LĐLĐ" gave nothing: 9c/NQ-BCH was no citation, "9c" no number)
        ("Ban Chấp hành Tổng Liên đoàn ban hành Nghị quyết số 9c/NQ-BCH ngày 4/11/2016. Thực hiện Nghị quyết 9c, Ban "
         "Thường vụ LĐLĐ tỉnh Hải Dương ban hành Chương trình hành động số 18/CTr-LĐLĐ.",
         {("18/CTr-LĐLĐ", "implements", "9c/NQ-BCH")}),
        # regression: A's second act after "và" ("… nhằm cụ thể hóa B và thực hiện C" gave A no relation to C: only an
        # amendment or a replacement was read so)
        ("Ban Thường vụ Tỉnh đoàn ban hành Kế hoạch số 12-KH/TĐTN nhằm cụ thể hóa Kế hoạch số 20-KH/TWĐTN ngày "
         "1/3/2024 của Ban Bí thư Trung ương Đoàn và thực hiện Nghị quyết số 45-NQ/TU.",
         {("12-KH/TĐTN", "implements", "20-KH/TWĐTN"), ("12-KH/TĐTN", "implements", "45-NQ/TU")}),
        # … after the partners a joint B names after "giữa" (the body after "và" ended no issuers when a verb followed)
        ("Thành đoàn ký Chương trình phối hợp số 05/CTrPH-TĐTN-CATP nhằm cụ thể hóa Chương trình phối hợp số "
         "02/CTrPH-BCA-TWĐTN ngày 20/2/2023 giữa Bộ Công an và Trung ương Đoàn TNCS Hồ Chí Minh và thực hiện Luật "
         "Thanh niên năm 2020.",
         {("05/CTrPH-TĐTN-CATP", "implements", "02/CTrPH-BCA-TWĐTN"), ("05/CTrPH-TĐTN-CATP", "implements", "Luật#")}),
        # … and when the second act goes on with an older document ("… cụ thể hóa B và tiếp tục thực hiện C" gave A
        # nothing to C: "tiếp tục thực hiện" was no second act; a plan's "continues" is read as implements)
        ("Ban Chấp hành Đảng bộ xã Cẩm Xuyên ban hành Nghị quyết số 04-NQ/ĐU nhằm cụ thể hóa Nghị quyết Đại hội đại biểu "
         "Đảng bộ xã lần thứ I và tiếp tục thực hiện Chỉ thị số 13-CT/TW ngày 12/1/2017 của Ban Bí thư.",
         {("04-NQ/ĐU", "implements", "Nghị quyết#"), ("04-NQ/ĐU", "implements", "13-CT/TW")}),
        ("UBND tỉnh ban hành Kế hoạch số 88/KH-UBND để triển khai Nghị định số 45/2025/NĐ-CP và tiếp tục triển khai "
         "thực hiện Quyết định số 1266/QĐ-TTg.",
         {("88/KH-UBND", "implements", "45/2025/NĐ-CP"), ("88/KH-UBND", "implements", "1266/QĐ-TTg")}),
        # … not after a comma, where a lead's list goes on (a guard)
        ("Ngay sau khi Chính phủ ban hành Nghị quyết số 140/NQ-CP ngày 02/10/2020 về Chương trình hành động của Chính phủ "
         "thực hiện Nghị quyết số 55-NQ/TW, và thực hiện Kế hoạch số 56-KH/ĐUK ngày 15/5/2020 của Ban Thường vụ Đảng ủy "
         "Khối Doanh nghiệp Trung ương, Đảng ủy EVN đã ban hành Chương trình hành động số 118-CTr/ĐU ngày 05/6/2020.",
         {("140/NQ-CP", "implements", "55-NQ/TW"), ("118-CTr/ĐU", "implements", "140/NQ-CP")}),
        # regression: "cũng" before a passive ("Chương trình cũng được xây dựng trên cơ sở B" gave nothing), and a
        # bare name with the Front's "giám sát" ("Chương trình giám sát cũng …" was no reference)
        ("Ban Thường trực Ủy ban MTTQ tỉnh ban hành Chương trình số 05/CTr-MTTQ-BTT. Chương trình cũng được xây dựng "
         "trên cơ sở Nghị quyết số 12-NQ/TU.", {("05/CTr-MTTQ-BTT", "based_on", "12-NQ/TU")}),
        ("Ban Thường trực Ủy ban MTTQ tỉnh ban hành Chương trình giám sát số 05/CTr-MTTQ-BTT. Chương trình giám sát "
         "được xây dựng trên cơ sở Nghị quyết số 12-NQ/TU.", {("05/CTr-MTTQ-BTT", "based_on", "12-NQ/TU")}),
        # regression: a plural back-reference as the subject of an active phrase ("… ban hành Quyết định số 2450/QĐ-TLĐ;
        # … ban hành Hướng dẫn số 15-HD/TWĐTN. Các văn bản này đều nhằm triển khai Kết luận số 162-KL/TW" gave nothing)
        # regression: … a counted one with no demonstrative ("… thông qua Nghị quyết số 28/2024/NQ-HĐND … và Nghị quyết số
        # 29/2024/NQ-HĐND …. Hai nghị quyết được ban hành căn cứ Luật Ngân sách nhà nước và Nghị định số 146/2018/NĐ-CP"
        # gave nothing); the plural with no count stays generic (earlier gold leaves it out)
        ("HĐND tỉnh thông qua Nghị quyết số 41/2024/NQ-HĐND quy định mức hỗ trợ học phí và Nghị quyết số 42/2024/NQ-HĐND "
         "quy định mức chi bán trú. Hai nghị quyết được ban hành căn cứ Nghị định số 81/2021/NĐ-CP ngày 27/8/2021 của "
         "Chính phủ.", {("41/2024/NQ-HĐND", "based_on", "81/2021/NĐ-CP"), ("42/2024/NQ-HĐND", "based_on", "81/2021/NĐ-CP")}),
        ("HĐND tỉnh thông qua Nghị quyết số 41/2024/NQ-HĐND quy định mức hỗ trợ học phí và Nghị quyết số 42/2024/NQ-HĐND "
         "quy định mức chi bán trú. Các nghị quyết được ban hành căn cứ Nghị định số 81/2021/NĐ-CP ngày 27/8/2021 của "
         "Chính phủ.", set()),
        # regression: what is carried out after the title of a central decree a resolution rests on is the resolution's
        # act ("A được ban hành căn cứ Nghị định số 98/2018/NĐ-CP … về …, thực hiện Nghị quyết số 05-NQ/TU … của Tỉnh
        # ủy" gave nothing: a decree carries out no province's document)
        ("Nghị quyết số 14/2023/NQ-HĐND được ban hành căn cứ Nghị định số 52/2018/NĐ-CP ngày 12/4/2018 của Chính phủ về "
         "phát triển ngành nghề nông thôn, thực hiện Nghị quyết số 08-NQ/TU ngày 5/6/2021 của Tỉnh ủy về phát triển "
         "làng nghề.",
         {("14/2023/NQ-HĐND", "based_on", "52/2018/NĐ-CP"), ("14/2023/NQ-HĐND", "implements", "08-NQ/TU")}),
        # what a decision details, then the resolution it is detailed under ("Quyết định số 19/2023/QĐ-UBND quy định chi
        # tiết trình tự, thủ tục hỗ trợ học phí theo B" gave nothing)
        ("Ngày 25/8/2023, UBND tỉnh ban hành Quyết định số 22/2023/QĐ-UBND quy định chi tiết trình tự, thủ tục hỗ trợ "
         "tiền ăn theo Nghị quyết số 12/2023/NQ-HĐND ngày 14/7/2023 của HĐND tỉnh.",
         {("22/2023/QĐ-UBND", "implements", "12/2023/NQ-HĐND")}),
        # regression: a decision's regulation it issues, then the passive with no comma ("Quyết định số 15/2021/QĐ-UBND
        # … ban hành Quy chế tổ chức và hoạt động của Trung tâm … đã được sửa đổi, bổ sung bởi A" gave nothing)
        ("Quyết định số 21/2020/QĐ-UBND ngày 3/9/2020 của UBND tỉnh ban hành Quy chế quản lý nhà chung cư trên địa bàn "
         "tỉnh đã được sửa đổi, bổ sung bởi Quyết định số 09/2024/QĐ-UBND ngày 2/4/2024 của UBND tỉnh.",
         {("09/2024/QĐ-UBND", "amends", "21/2020/QĐ-UBND")}),
        # regression: the amending document after "bằng" ("B được sửa đổi, bổ sung bằng A" gave nothing, though "được thay
        # thế bằng" was a replacement)
        ("Quy chế làm việc của Ban Chấp hành Đảng bộ tỉnh ban hành kèm theo Quyết định số 05-QĐ/TU ngày 12/11/2025 được "
         "sửa đổi, bổ sung bằng Quyết định số 38-QĐ/TU ngày 02/4/2026.", {("38-QĐ/TU", "amends", "05-QĐ/TU")}),
        ("Nghị quyết số 17/2022/NQ-HĐND của HĐND tỉnh đã được sửa đổi, bổ sung một số điều bằng Nghị quyết số "
         "09/2025/NQ-HĐND.", {("09/2025/NQ-HĐND", "amends", "17/2022/NQ-HĐND")}),
        # regression: a document adjusted by a later one, in a passive ("… được điều chỉnh, bổ sung bởi A", "… được điều
        # chỉnh tại A" gave nothing)
        ("UBND huyện Bác Ái ban hành Phương án số 11/PA-UBND về ứng phó bão mạnh, siêu bão, được điều chỉnh, bổ sung bởi "
         "Phương án số 27/PA-UBND ngày 9/6/2023.", {("27/PA-UBND", "amends", "11/PA-UBND")}),
        ("Danh mục dự án ban hành kèm theo Quyết định số 1450/QĐ-UBND ngày 2/8/2021 được điều chỉnh tại Quyết định số "
         "318/QĐ-UBND ngày 14/3/2023 của UBND tỉnh.", {("318/QĐ-UBND", "amends", "1450/QĐ-UBND")}),
        # regression: … and in the active, "điều chỉnh" alone before the adjusted document ("Quyết định số …/QĐ-UBND
        # … điều chỉnh Quyết định số …" gave nothing)
        ("Ngày 9/10/2024, UBND tỉnh ban hành Quyết định số 2874/QĐ-UBND điều chỉnh Quyết định số 1536/QĐ-UBND ngày "
         "12/6/2024 về giao chi tiết kế hoạch vốn đầu tư công.", {("2874/QĐ-UBND", "amends", "1536/QĐ-UBND")}),
        ("Sở Xây dựng có Kế hoạch số 77/KH-SXD ngày 3/5/2023 về việc điều chỉnh Kế hoạch số 41/KH-SXD ngày 2/3/2023 của "
         "Sở.", {("77/KH-SXD", "amends", "41/KH-SXD")}),
        # regression: the session that passed a resolution before what it replaces ("Nghị quyết số 08/2024/NQ-HĐND được
        # HĐND tỉnh thông qua tại kỳ họp chuyên đề tháng 4/2024, thay thế B" gave nothing; a star phrase's relation was
        # read from its first word alone, "được" of "được * cụ thể hóa bằng")
        ("Nghị quyết số 11/2024/NQ-HĐND được HĐND tỉnh thông qua tại kỳ họp chuyên đề tháng 5/2024, thay thế Nghị quyết "
         "số 06/2019/NQ-HĐND ngày 12/7/2019 của HĐND tỉnh.",
         {("11/2024/NQ-HĐND", "replaces", "06/2019/NQ-HĐND")}),
        # a council's resolution passed under the decree article that empowers it ("Nghị quyết được ban hành theo quy định
        # tại khoản 2 Điều 22 Nghị định số 27/2022/NĐ-CP" gave nothing)
        ("Kỳ họp thông qua Nghị quyết số 18/2024/NQ-HĐND quy định mức hỗ trợ phát triển sản xuất. Nghị quyết được ban "
         "hành theo quy định tại khoản 2 Điều 22 Nghị định số 27/2022/NĐ-CP ngày 19/4/2022 của Chính phủ.",
         {("18/2024/NQ-HĐND", "based_on", "27/2022/NĐ-CP")}),
        # regression: a count took back the document a description names (the amended one) before one the text issued
        ("UBND tỉnh ban hành Quyết định số 15/2023/QĐ-UBND ngày 12/6/2023 về phân cấp quản lý vật liệu xây dựng. Cùng "
         "ngày, UBND tỉnh ban hành Quyết định số 16/2023/QĐ-UBND sửa đổi, bổ sung một số điều của Quyết định số "
         "08/2022/QĐ-UBND của UBND tỉnh. Hai quyết định được ban hành căn cứ Nghị định số 09/2021/NĐ-CP.",
         {("15/2023/QĐ-UBND", "based_on", "09/2021/NĐ-CP"), ("16/2023/QĐ-UBND", "based_on", "09/2021/NĐ-CP"),
          ("16/2023/QĐ-UBND", "amends", "08/2022/QĐ-UBND")}),
        # regression: … after who says it ("Theo Sở Xây dựng, hai quyết định được ban hành căn cứ B" gave nothing)
        ("UBND tỉnh ban hành Quyết định số 15/2023/QĐ-UBND về vật liệu xây dựng và Quyết định số 16/2023/QĐ-UBND về "
         "khai thác khoáng sản. Theo Sở Xây dựng, hai quyết định được ban hành căn cứ Nghị định số 09/2021/NĐ-CP.",
         {("15/2023/QĐ-UBND", "based_on", "09/2021/NĐ-CP"), ("16/2023/QĐ-UBND", "based_on", "09/2021/NĐ-CP")}),
        ("Huyện ủy ban hành Kế hoạch số 05-KH/HU và Kế hoạch số 06-KH/HU. Bí thư Huyện ủy Lê Văn Nam cho biết, các kế "
         "hoạch này đều nhằm cụ thể hóa Nghị quyết số 10-NQ/TU của Tỉnh ủy.",
         {("05-KH/HU", "implements", "10-NQ/TU"), ("06-KH/HU", "implements", "10-NQ/TU")}),
        ("Ngày 30/6/2025, Tổng Liên đoàn ban hành Quyết định số 2450/QĐ-TLĐ; Trung ương Đoàn ban hành Hướng dẫn số "
         "15-HD/TWĐTN. Các văn bản này đều nhằm triển khai Kết luận số 162-KL/TW của Bộ Chính trị.",
         {("2450/QĐ-TLĐ", "implements", "162-KL/TW"), ("15-HD/TWĐTN", "implements", "162-KL/TW")}),
        ("Tỉnh ủy ban hành Kế hoạch số 05-KH/TU và Kế hoạch số 06-KH/TU. Hai kế hoạch trên đều nhằm triển khai Nghị quyết "
         "số 57-NQ/TW và Nghị quyết số 66-NQ/TW.",
         {("05-KH/TU", "implements", "57-NQ/TW"), ("05-KH/TU", "implements", "66-NQ/TW"),
          ("06-KH/TU", "implements", "57-NQ/TW"), ("06-KH/TU", "implements", "66-NQ/TW")}),
        # regression: the items listed after B of an attributive phrase ("… ban hành Kế hoạch số 35/KH-LĐLĐ tổ chức Tháng
        # Công nhân năm 2024 theo tinh thần Kế hoạch số 415/KH-TLĐ … và Kế hoạch số 28/KH-LĐLĐ …" related the first only)
        ("Ngày 3/4/2024, Liên đoàn Lao động thành phố Thủ Dầu Một ban hành Kế hoạch số 35/KH-LĐLĐ tổ chức Tháng Công nhân "
         "năm 2024 theo tinh thần Kế hoạch số 415/KH-TLĐ ngày 21/2/2024 của Tổng Liên đoàn Lao động Việt Nam và Kế "
         "hoạch số 28/KH-LĐLĐ ngày 8/3/2024 của Liên đoàn Lao động tỉnh Bình Dương.",
         {("35/KH-LĐLĐ", "implements", "415/KH-TLĐ"), ("35/KH-LĐLĐ", "implements", "28/KH-LĐLĐ")}),
        # regression: a clause after "; " whose document names a purpose of its own (no document: "… thực hiện Chiến lược
        # …") took the lead's B; one whose phrase names nothing still does
        ("Để thực hiện Chỉ thị số 06-CT/TW, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 95-KH/TU ngày 15/10/2021; UBND "
         "tỉnh ban hành Kế hoạch số 2036/KH-UBND ngày 1/11/2022 thực hiện Chiến lược phát triển gia đình Việt Nam trên "
         "địa bàn tỉnh.", {("95-KH/TU", "implements", "06-CT/TW")}),
        ("Để thực hiện Chỉ thị số 06-CT/TW, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 95-KH/TU ngày 15/10/2021; UBND "
         "tỉnh ban hành Kế hoạch số 2036/KH-UBND ngày 1/11/2022 triển khai thực hiện trên địa bàn tỉnh.",
         {("95-KH/TU", "implements", "06-CT/TW"), ("2036/KH-UBND", "implements", "06-CT/TW")}),
        # regression: a lead's main clause that counts the documents made ("các tỉnh đã cụ thể hóa bằng các kế hoạch"),
        # then a sentence whose clauses each issue one, related none; one that counts none takes the first only
        ("Sau khi Chỉ thị số 21-CT/TW được ban hành, các huyện đã kịp thời cụ thể hóa bằng các kế hoạch. Huyện ủy Chư Sê "
         "ban hành Kế hoạch số 31-KH/HU; Huyện ủy Ia Pa ban hành Kế hoạch số 40-KH/HU.",
         {("31-KH/HU", "implements", "21-CT/TW"), ("40-KH/HU", "implements", "21-CT/TW")}),
        ("Thực hiện Chỉ thị số 21-CT/TW, Huyện ủy đã chỉ đạo rà soát các tổ chức đảng. Ban Thường vụ Huyện ủy cũng ban "
         "hành Kế hoạch số 31-KH/HU; UBND huyện ban hành Kế hoạch số 52/KH-UBND về cải cách hành chính.",
         {("31-KH/HU", "implements", "21-CT/TW")}),
        # … and so does one whose phrase names back what the main clause issued ("…; UBND tỉnh ban hành A2 triển khai
        # Chương trình hành động nói trên" took the lead's B too)
        ("Ngay sau khi Nghị quyết số 26-NQ/TW được ban hành, Ban Thường vụ Tỉnh ủy đã ban hành Chương trình hành động "
         "số 45-CTr/TU ngày 12/1/2023 để thực hiện; UBND tỉnh ban hành Kế hoạch số 118/KH-UBND triển khai Chương trình "
         "hành động nói trên, với 40 nhiệm vụ cụ thể.",
         {("45-CTr/TU", "implements", "26-NQ/TW"), ("118/KH-UBND", "implements", "45-CTr/TU")}),
        ("Thực hiện Chỉ thị số 24-CT/TW, Huyện ủy đã ban hành Kế hoạch số 88-KH/HU; UBND huyện ban hành Kế hoạch số "
         "210/KH-UBND cụ thể hóa Kế hoạch trên.",
         {("88-KH/HU", "implements", "24-CT/TW"), ("210/KH-UBND", "implements", "88-KH/HU")}),
        # … and so does one whose phrase names a programme by its kind alone, the programme the lead's decision approved
        # ("…; UBND tỉnh ban hành Kế hoạch số 3225/KH-UBND … triển khai Chương trình trên địa bàn tỉnh" took nothing)
        ("Thực hiện Quyết định số 90/QĐ-TTg ngày 18/01/2022 của Thủ tướng Chính phủ phê duyệt Chương trình mục tiêu quốc "
         "gia giảm nghèo bền vững, Tỉnh ủy ban hành Nghị quyết số 12-NQ/TU ngày 5/5/2022; UBND tỉnh ban hành Kế hoạch số "
         "88/KH-UBND ngày 20/5/2022 triển khai Chương trình trên địa bàn tỉnh.",
         {("12-NQ/TU", "implements", "90/QĐ-TTg"), ("88/KH-UBND", "implements", "90/QĐ-TTg")}),
        ("Thực hiện Quyết định số 1490/QĐ-TTg ngày 27/11/2023 của Thủ tướng Chính phủ phê duyệt Đề án phát triển lúa chất "
         "lượng cao, Tỉnh ủy ban hành Chỉ thị số 20-CT/TU ngày 5/1/2024; UBND tỉnh ban hành Kế hoạch số 31/KH-UBND ngày "
         "20/1/2024 thực hiện Đề án.",
         {("20-CT/TU", "implements", "1490/QĐ-TTg"), ("31/KH-UBND", "implements", "1490/QĐ-TTg")}),
        # regression: the document named last before an attributive phrase was the object of a phrase of its own ("…
        # chỉ đạo tổng kết A, tham mưu ban hành chính sách … theo tinh thần B" made A implement B)
        ("Ban cán sự đảng UBND tỉnh chỉ đạo tổng kết Chương trình hành động số 14-CTr/TU, tham mưu ban hành chính sách "
         "hỗ trợ người cao tuổi theo tinh thần Quyết định số 1579/QĐ-TTg ngày 21/12/2021 của Thủ tướng Chính phủ.",
         set()),
        # regression: an attributive phrase in the clause after "; đồng thời" is the subject's next act, not the last
        # document's ("Huyện ủy đã quán triệt Hướng dẫn số 12-HD/TU …; đồng thời chỉ đạo … rà soát quy hoạch … theo
        # tinh thần Chỉ thị 35" made the guide implement the directive)
        ("Bộ Chính trị ban hành Chỉ thị số 35-CT/TW. Ban Thường vụ Huyện ủy đã quán triệt Hướng dẫn số 26-HD/BTCTW "
         "của Ban Tổ chức Trung ương và Hướng dẫn số 15-HD/TU ngày 2/10/2019 của Ban Thường vụ Tỉnh ủy; đồng thời chỉ "
         "đạo các đảng bộ rà soát, bổ sung quy hoạch cấp ủy theo tinh thần Chỉ thị 35.", set()),
        # regression: an attributive phrase in a task after a semicolon of A's own sentence is that task's, not A's
        # ("… tuyên truyền Luật Công đoàn năm 2024 tới đoàn viên; vận động doanh nghiệp … theo tinh thần Nghị quyết số
        # 02-NQ/TW" made the law implement the resolution)
        ("Thời gian tới, Công đoàn các khu công nghiệp tỉnh tiếp tục tuyên truyền Kế hoạch số 27/KH-LĐLĐ ngày 3/4/2023 "
         "của Liên đoàn Lao động tỉnh tới đoàn viên; vận động doanh nghiệp xây dựng nhà trẻ cho con công nhân theo tinh "
         "thần Nghị quyết số 02-NQ/TW của Bộ Chính trị.", set()),
        # regression: an attributive phrase in a sentence where someone directs others took the document of the
        # sentence before as its subject ("… thực hiện tốt Luật Bình đẳng giới. Đồng chí Bí thư Huyện ủy yêu cầu …
        # theo tinh thần Nghị quyết 11" made the law implement the resolution)
        ("Hội nghị đề nghị Huyện ủy tiếp tục lãnh đạo thực hiện tốt Luật Bình đẳng giới, chuẩn bị nguồn cán bộ nữ cho "
         "Đại hội. Đồng chí Bí thư Huyện ủy yêu cầu các cấp ủy đưa chỉ tiêu cán bộ nữ vào nghị quyết đại hội, phấn đấu "
         "tỷ lệ nữ cấp ủy đạt từ 15% trở lên theo tinh thần Nghị quyết số 11-NQ/TW của Bộ Chính trị.", set()),
        # … nor in one that tells what a body will do, as someone reports it ("… có Công văn số 12450/UBND-TNMT …. Chủ tịch
        # UBND thành phố cho biết, thành phố sẽ giải quyết … trên tinh thần Chỉ thị số 06/CT-UBND" made the letter
        # carry out the directive)
        ("UBND huyện đã có Công văn số 845/UBND-TNMT ngày 2/3/2024 chỉ đạo các xã rà soát hồ sơ đất đai. Chủ tịch UBND "
         "huyện cho biết, còn 1.200 hồ sơ tồn đọng; huyện sẽ giải quyết dứt điểm trong năm theo tinh thần Chỉ thị số "
         "06/CT-UBND của Chủ tịch UBND tỉnh.", set()),
        ("Sở Y tế đã ban hành Kế hoạch số 56/KH-SYT ngày 2/3/2024 về tiêm chủng. Năm 2025, ngành y tế sẽ mở rộng tiêm "
         "chủng theo tinh thần Nghị quyết số 20-NQ/TW của Ban Chấp hành Trung ương.", set()),
        # regression: a law named by what it amends amended the decree listed after the law it names ("Luật sửa đổi, bổ
        # sung một số điều của Luật Thi đua, Khen thưởng, Nghị định số 121/2005/NĐ-CP …")
        ("Hội nghị quán triệt Luật sửa đổi, bổ sung một số điều của Luật Thi đua, Khen thưởng, Nghị định số "
         "121/2005/NĐ-CP ngày 30/9/2005 của Chính phủ và Chỉ thị số 39-CT/TW của Ban Bí thư.",
         {("Luật#", "amends", "Luật#")}),
        # regression: another central body's guide listed after a central plan's title was another object of the plan
        # ("Kế hoạch số 169-KH/TW … của Ban Bí thư về tổng kết 20 năm thực hiện Nghị quyết 8b và Hướng dẫn số
        # 21-HD/BDVTW của Ban Dân vận Trung ương, …" made the plan review the guide): it is the plan's sibling in the lead
        ("Thực hiện Kế hoạch số 169-KH/TW ngày 25-11-2009 của Ban Bí thư về tổng kết 20 năm thực hiện Nghị quyết số "
         "8b-NQ/TW và Hướng dẫn số 21-HD/BDVTW của Ban Dân vận Trung ương, Ban Thường vụ Tỉnh ủy đã ban hành Kế hoạch số "
         "75-KH/TU.",
         {("169-KH/TW", "reviews", "8b-NQ/TW"), ("75-KH/TU", "implements", "169-KH/TW"),
          ("75-KH/TU", "implements", "21-HD/BDVTW")}),
        # regression: a guide listed after "và" whose "hướng dẫn thực hiện" names nothing guides the document before it
        # ("… triển khai Nghị định số 61/2010/NĐ-CP … và Thông tư số 06/2010/TT-BKH … hướng dẫn thực hiện." gave nothing)
        ("Sở tổ chức hội nghị triển khai Nghị định số 61/2010/NĐ-CP ngày 4/6/2010 của Chính phủ về chính sách khuyến khích "
         "doanh nghiệp đầu tư vào nông nghiệp, nông thôn và Thông tư số 06/2010/TT-BKH ngày 18/10/2010 của Bộ Kế hoạch và "
         "Đầu tư hướng dẫn thực hiện.",
         {("06/2010/TT-BKH", "implements", "61/2010/NĐ-CP")}),
        # "Kế hoạch được xây dựng để thực hiện B và C": one plan implementing two documents
        ("UBND tỉnh ban hành Kế hoạch số 594/KH-UBND. Kế hoạch được xây dựng để thực hiện Chỉ thị số "
         "19/CT-TTg ngày 16/7/2021 của Thủ tướng Chính phủ và Kế hoạch số 16/KH-HĐTĐKT ngày 31/8/2021.",
         {("594/KH-UBND", "implements", "19/CT-TTg"), ("594/KH-UBND", "implements", "16/KH-HĐTĐKT")}),
        # regression: the Bs listed after a colon that follows their kind and issuer ("… thực hiện các nghị quyết của Bộ
        # Chính trị: Nghị quyết 57-NQ/TW, …" gave nothing: only a kind of up to three words could stand before the colon)
        ("Ngày 30/10/2025, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 01-KH/TU thực hiện các nghị quyết của Bộ Chính "
         "trị: Nghị quyết 57-NQ/TW, Nghị quyết 59-NQ/TW và Nghị quyết 68-NQ/TW.",
         {("01-KH/TU", "implements", "57-NQ/TW"), ("01-KH/TU", "implements", "59-NQ/TW"),
          ("01-KH/TU", "implements", "68-NQ/TW")}),
        ("Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 01-KH/TU thực hiện các nghị quyết, chỉ thị của Trung ương: Nghị "
         "quyết 57-NQ/TW, Chỉ thị 45-CT/TW.", {("01-KH/TU", "implements", "57-NQ/TW"), ("01-KH/TU", "implements", "45-CT/TW")}),
        # regression: a bare capitalised noun before "đồng thời" is the document named before, as before "cũng"
        # ("Chương trình hành động đồng thời cụ thể hóa các nghị quyết …" gave nothing: no predicate followed the noun)
        ("Ban Chấp hành Đảng bộ tỉnh ban hành Chương trình hành động số 01-CTr/TU thực hiện Nghị quyết số 05-NQ/TU. "
         "Chương trình hành động đồng thời cụ thể hóa Nghị quyết 57-NQ/TW và Nghị quyết 59-NQ/TW.",
         {("01-CTr/TU", "implements", "05-NQ/TU"), ("01-CTr/TU", "implements", "57-NQ/TW"),
          ("01-CTr/TU", "implements", "59-NQ/TW")}),
        # regression: B's provisions named with "của" between the phrase and B ("Chỉ thị … theo tinh thần Chỉ thị số
        # 33/CT-TTg …, đồng thời cụ thể hóa các quy định của Luật Bảo vệ môi trường năm 2020 và Nghị định số
        # 08/2022/NĐ-CP" carried out neither: only "quy định tại" was read there)
        ("UBND tỉnh ban hành Chỉ thị số 11/CT-UBND ngày 16/5/2023 về giảm thiểu chất thải nhựa. Chỉ thị được ban hành "
         "theo tinh thần Chỉ thị số 33/CT-TTg ngày 20/8/2020 của Thủ tướng Chính phủ, đồng thời cụ thể hóa các quy định "
         "của Luật Bảo vệ môi trường năm 2020 và Nghị định số 08/2022/NĐ-CP ngày 10/01/2022 của Chính phủ.",
         {("11/CT-UBND", "implements", "33/CT-TTg"), ("11/CT-UBND", "implements", "Luật#"),
          ("11/CT-UBND", "implements", "08/2022/NĐ-CP")}),
        ("Thực hiện quy định của Nghị định số 08/2022/NĐ-CP của Chính phủ, UBND tỉnh ban hành Kế hoạch số 12/KH-UBND "
         "về quản lý chất thải rắn sinh hoạt.", {("12/KH-UBND", "implements", "08/2022/NĐ-CP")}),
        # regression: a joint document's partner between it and the phrase ("Kế hoạch liên tịch số 05/KHLT-HLHPN-
        # SGDĐT … với Sở Giáo dục và Đào tạo thực hiện Chỉ thị số 06-CT/TW" gave no relation)
        ("Hội Liên hiệp Phụ nữ tỉnh ban hành Kế hoạch liên tịch số 05/KHLT-HLHPN-SGDĐT ngày 20/3/2023 với Sở Giáo "
         "dục và Đào tạo thực hiện Chỉ thị số 06-CT/TW.", {("05/KHLT-HLHPN-SGDĐT", "implements", "06-CT/TW")}),
        ("Tỉnh Đoàn ký Chương trình phối hợp số 03/CTrPH-TĐTN-CAT ngày 2/3/2023 với Công an tỉnh về thực hiện Chỉ "
         "thị số 42-CT/TW.", {("03/CTrPH-TĐTN-CAT", "implements", "42-CT/TW")}),
        # regression: a purpose after a long title says what A does to B, with no comma before it ("Chỉ thị số
        # 13-CT/TU … về tăng cường sự lãnh đạo … trên địa bàn tỉnh để cụ thể hóa Chỉ thị 46" gave nothing)
        ("Công an tỉnh đã tham mưu Tỉnh ủy ban hành Chỉ thị số 13-CT/TU ngày 15/3/2016 về tăng cường sự lãnh đạo "
         "của cấp ủy đảng đối với công tác bảo đảm an ninh, trật tự trên địa bàn tỉnh để cụ thể hóa Chỉ thị số "
         "46-CT/TW.", {("13-CT/TU", "implements", "46-CT/TW")}),
        ("Đảng ủy ban hành Nghị quyết số 145-NQ/ĐU về chuyển đổi số trong quản trị đại học giai đoạn 2024 - 2030 "
         "nhằm triển khai thực hiện Nghị quyết số 29-NQ/TW.", {("145-NQ/ĐU", "implements", "29-NQ/TW")}),
        # a chain: each phrase belongs to the document just before it; the meeting is an event
        ("Quận 11 tổ chức Hội nghị sơ kết thực hiện Kế hoạch 73-KH/QU ngày 13/8/2012 của Ban Thường vụ Quận ủy "
         "thực hiện Chương trình hành động số 26-CTr/TU của Thành ủy thực hiện Chỉ thị số 09-CT/TW của Ban Bí thư.",
         {("73-KH/QU", "implements", "26-CTr/TU"), ("26-CTr/TU", "implements", "09-CT/TW")}),
        # "Thực hiện B, X ban hành A"
        ("Thực hiện Kế hoạch số 03-KH/TW ngày 25/7/2016 của Ban Bí thư, Ban Thường vụ Tỉnh ủy đã ban hành "
         "Kế hoạch số 45-KH/TU về công tác tuyên truyền.",
         {("45-KH/TU", "implements", "03-KH/TW")}),
        ("Căn cứ Thông báo số 1929-TB/TU ngày 31/10/2019 của Ban Thường vụ Tỉnh ủy, UBND tỉnh đã xây dựng "
         "Kế hoạch tổ chức lễ kỷ niệm 70 năm thành lập tỉnh.",
         {("Kế hoạch#", "based_on", "1929-TB/TU")}),
        ("Trên cơ sở Nghị quyết số 12-NQ/TU, Ban Thường vụ Huyện ủy đã ban hành Chương trình hành động số "
         "08-CTr/HU.",
         {("08-CTr/HU", "based_on", "12-NQ/TU")}),
        # regression: a bare capitalised noun as the object, the body's next act after "và" ("… thực hiện Chỉ thị và chỉ đạo
        # các chi bộ …" related nothing: "Chỉ thị và" was read as the start of a pair of nouns)
        ("Ngày 16/6/2022, Ban Bí thư ban hành Chỉ thị số 16-CT/TW về thông tin đối ngoại. Ban Thường vụ Huyện ủy đã ban "
         "hành Kế hoạch số 102-KH/HU ngày 2/8/2022 thực hiện Chỉ thị và chỉ đạo các chi bộ tổ chức quán triệt.",
         {("102-KH/HU", "implements", "16-CT/TW")}),
        # regression: a numbered document opening its sentence, whose phrase takes a plural back-reference ("Nghị quyết
        # số 06-NQ/TU thay thế ba nghị quyết nêu trên" related nothing: only an issued A, or one cited with "của", was read)
        ("Nghị quyết được xây dựng trên cơ sở tổng kết các Nghị quyết số 15-NQ/TU ngày 20/5/2021 của Tỉnh ủy Hà Nam, số "
         "09-NQ/TU ngày 14/9/2021 của Tỉnh ủy Nam Định và số 07-NQ/TU ngày 6/4/2021 của Tỉnh ủy Ninh Bình về phát triển "
         "du lịch. Nghị quyết số 06-NQ/TU thay thế ba nghị quyết nêu trên.",
         {("06-NQ/TU", "replaces", "15-NQ/TU"), ("06-NQ/TU", "replaces", "09-NQ/TU"),
          ("06-NQ/TU", "replaces", "07-NQ/TU")}),
        # regression: what the documents one document replaces carry out, named after the last of them, is each one's
        # ("… thay thế Kế hoạch số 31-KH/TU …, Kế hoạch số 45-KH/TU … và Kế hoạch số 16-KH/TU … thực hiện B": the last only)
        ("Ngày 5/11/2025, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 09-KH/TU thay thế Kế hoạch số 31-KH/TU ngày "
         "12/3/2021 của Tỉnh ủy Gia Lai, Kế hoạch số 45-KH/TU ngày 2/4/2021 của Tỉnh ủy Bình Định và Kế hoạch số "
         "16-KH/TU của Tỉnh ủy Kon Tum thực hiện Chỉ thị số 05-CT/TW.",
         {("09-KH/TU", "replaces", "31-KH/TU"), ("09-KH/TU", "replaces", "45-KH/TU"), ("09-KH/TU", "replaces", "16-KH/TU"),
          ("31-KH/TU", "implements", "05-CT/TW"), ("45-KH/TU", "implements", "05-CT/TW"),
          ("16-KH/TU", "implements", "05-CT/TW")}),
        # regression: the plan of action ("Phương án") a decision just cited approves is that decision, and so is the
        # bare noun after it ("Phương án được xây dựng căn cứ B" related nothing: no document of that noun)
        ("Ngày 15/8/2024, UBND huyện Krông Bông ban hành Quyết định số 85/QĐ-UBND phê duyệt Phương án giải quyết đất lâm "
         "nghiệp bị lấn chiếm giai đoạn 2024 - 2026. Phương án được xây dựng căn cứ Chỉ thị số 04/CT-UBND ngày 20/3/2023 "
         "của UBND tỉnh.", {("85/QĐ-UBND", "based_on", "04/CT-UBND")}),
        # regression: ", và" after what a passive set off by a comma names goes back to the amended document's list ("theo
        # Nghị định số 08/2022/NĐ-CP, được sửa đổi, bổ sung bởi Nghị định số 05/2025/NĐ-CP, và Thông tư số 02/2022/TT-BTNMT":
        # the circular amended the decree too)
        ("Căn cứ Nghị định số 08/2022/NĐ-CP, được sửa đổi, bổ sung bởi Nghị định số 05/2025/NĐ-CP, và Thông tư số "
         "02/2022/TT-BTNMT, UBND tỉnh ban hành Quyết định số 17/2025/QĐ-UBND về phân cấp cấp giấy phép môi trường.",
         {("05/2025/NĐ-CP", "amends", "08/2022/NĐ-CP"), ("17/2025/QĐ-UBND", "based_on", "08/2022/NĐ-CP"),
          ("17/2025/QĐ-UBND", "based_on", "02/2022/TT-BTNMT")}),
        # guard: … not a list of amenders closed by "và" with no comma
        ("Hồ sơ thực hiện theo Nghị định số 08/2022/NĐ-CP, được sửa đổi, bổ sung bởi Nghị định số 05/2025/NĐ-CP và "
         "Nghị định số 11/2025/NĐ-CP.",
         {("05/2025/NĐ-CP", "amends", "08/2022/NĐ-CP"), ("11/2025/NĐ-CP", "amends", "08/2022/NĐ-CP")}),
        # regression: what a plan carries out, then the document it is carried out under ("Kế hoạch số 3720/KH-UBND …
        # thực hiện thí điểm cơ chế … theo Nghị quyết số 98/2023/QH15" related nothing)
        ("UBND tỉnh ban hành Kế hoạch số 215/KH-UBND ngày 5/6/2025 triển khai các nhiệm vụ chuyển đổi xanh theo Nghị "
         "quyết số 98/2023/QH15 của Quốc hội.", {("215/KH-UBND", "implements", "98/2023/QH15")}),
        # regression: a list of bases goes on after the amending law of the preamble, which covers the laws it names up to
        # its date ("căn cứ Luật …; Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính
        # quyền địa phương ngày 22/11/2019; Luật Hợp tác xã … và Nghị định …": the last two were no bases)
        ("Quyết định số 16/2024/QĐ-UBND được ban hành căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015; Luật "
         "sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22/11/2019; "
         "Luật Lâm nghiệp ngày 15/11/2017 và Nghị định số 58/2024/NĐ-CP ngày 24/5/2024 của Chính phủ.",
         {("16/2024/QĐ-UBND", "based_on", "Luật#"), ("Luật#", "amends", "Luật#"),
          ("16/2024/QĐ-UBND", "based_on", "58/2024/NĐ-CP")}),
        # regression: a list of bases the phrase opens with a colon, inline or a bulleted line each, the body's proposal
        # last ("Quyết định được ban hành căn cứ:\n- Luật Hợp tác xã …;\n- Nghị quyết số 23/2023/NQ-HĐND …;\n- Theo đề
        # nghị của … tại Tờ trình số 412/TTr-SKHĐT" related nothing)
        ("Quyết định số 14/2024/QĐ-UBND được ban hành căn cứ:\n- Luật Hợp tác xã ngày 20/6/2023;\n- Nghị định số "
         "45/2021/NĐ-CP ngày 31/3/2021 của Chính phủ;\n- Nghị quyết số 21/2023/NQ-HĐND ngày 8/12/2023 của HĐND tỉnh;\n- "
         "Theo đề nghị của Giám đốc Sở Kế hoạch và Đầu tư tại Tờ trình số 310/TTr-SKHĐT ngày 4/3/2024.\n\nTheo Quyết định, "
         "mỗi hợp tác xã thành lập mới được hỗ trợ 15 triệu đồng.",
         {("14/2024/QĐ-UBND", "based_on", "Luật#"), ("14/2024/QĐ-UBND", "based_on", "45/2021/NĐ-CP"),
          ("14/2024/QĐ-UBND", "based_on", "21/2023/NQ-HĐND"),
          ("14/2024/QĐ-UBND", "based_on", "310/TTr-SKHĐT")}),
        ("Kế hoạch số 58/KH-UBND được xây dựng trên cơ sở: Nghị quyết số 20-NQ/TW ngày 16/6/2022 của Ban Chấp hành Trung "
         "ương; Chương trình hành động số 31-CTr/TU ngày 15/9/2022 của Tỉnh ủy.",
         {("58/KH-UBND", "based_on", "20-NQ/TW"), ("58/KH-UBND", "based_on", "31-CTr/TU")}),
        # regression: a replacing after a comma is the act of a decision cited after "theo", no clause of what it says
        # ("… thuộc Danh mục ban hành kèm theo Quyết định số 13/2024/QĐ-TTg …, thay thế Quyết định số 01/2022/QĐ-TTg"
        # related nothing: "Theo A, thực hiện B, …" reports what A says)
        ("Tỉnh kiểm kê khí nhà kính tại 22 cơ sở thuộc Danh mục ban hành kèm theo Quyết định số 13/2024/QĐ-TTg ngày "
         "13/8/2024 của Thủ tướng Chính phủ, thay thế Quyết định số 01/2022/QĐ-TTg.",
         {("13/2024/QĐ-TTg", "replaces", "01/2022/QĐ-TTg")}),
        # regression: a decision that details "some contents" of a council's resolution carries it out ("Quyết định số
        # 09/2024/QĐ-UBND quy định chi tiết một số nội dung của Nghị quyết số 23/2023/NQ-HĐND" related nothing)
        ("Ngày 2/4/2024, UBND tỉnh ban hành Quyết định số 11/2024/QĐ-UBND quy định chi tiết một số nội dung của Nghị quyết "
         "số 19/2023/NQ-HĐND ngày 8/12/2023 của HĐND tỉnh về chính sách hỗ trợ hợp tác xã.",
         {("11/2024/QĐ-UBND", "implements", "19/2023/NQ-HĐND")}),
        # regression: so is the strategy ("Chiến lược") a decision approves, and the bare noun after it ("Kế hoạch số
        # 9874/KH-UBND thực hiện Chiến lược" implemented nothing: "Chiến lược" was no document noun)
        ("Tỉnh triển khai Quyết định số 1658/QĐ-TTg ngày 1/10/2021 của Thủ tướng Chính phủ phê duyệt Chiến lược quốc gia "
         "về tăng trưởng xanh giai đoạn 2021 - 2030. Ngày 20/5/2022, UBND tỉnh ban hành Kế hoạch số 112/KH-UBND thực hiện "
         "Chiến lược, đặt mục tiêu giảm 15% cường độ phát thải.", {("112/KH-UBND", "implements", "1658/QĐ-TTg")}),
        # regression: ", và" after the title of what a listed basis carries out goes back to the list of bases ("… trên
        # cơ sở Kế hoạch số 45-KH/HU … thực hiện Chỉ thị 18-CT/TW … về công tác tôn giáo, và Chỉ thị số 03-CT/HU": the
        # plan carried out 03 too, the resolution had one basis)
        ("Nghị quyết số 12-NQ/ĐU được xây dựng trên cơ sở Kế hoạch số 52-KH/HU của Ban Thường vụ Huyện ủy thực hiện Chỉ "
         "thị số 18-CT/TW của Ban Bí thư về công tác tôn giáo trong tình hình mới, và Chỉ thị số 07-CT/HU ngày 2/8/2022 "
         "của Ban Thường vụ Huyện ủy về công tác dân vận.",
         {("12-NQ/ĐU", "based_on", "52-KH/HU"), ("52-KH/HU", "implements", "18-CT/TW"),
          ("12-NQ/ĐU", "based_on", "07-CT/HU")}),
        # guard: … not when the document the phrase follows is no item of another's list
        ("Ban Thường vụ Huyện ủy ban hành Kế hoạch số 52-KH/HU thực hiện Chỉ thị số 18-CT/TW của Ban Bí thư về công tác "
         "tôn giáo, và Chỉ thị số 07-CT/TU của Ban Thường vụ Tỉnh ủy về công tác dân vận.",
         {("52-KH/HU", "implements", "18-CT/TW"), ("52-KH/HU", "implements", "07-CT/TU")}),
        # regression: the meeting as the main clause's subject ("…, kỳ họp cũng thông qua A" gave no relation: a
        # lowercase subject with no "đã" opened no main clause)
        ("Trên cơ sở Tờ trình số 45/TTr-UBND ngày 1/8/2025 của UBND tỉnh, kỳ họp cũng thông qua Nghị quyết số "
         "06/NQ-HĐND về điều chỉnh kế hoạch đầu tư công trung hạn giai đoạn 2021 - 2025.",
         {("06/NQ-HĐND", "based_on", "45/TTr-UBND")}),
        ("Căn cứ Tờ trình số 112/TTr-UBND ngày 2/12/2024 của UBND huyện, hội nghị thứ 24 nhất trí thông qua Nghị "
         "quyết số 15/NQ-HĐND về dự toán ngân sách huyện năm 2025.",
         {("15/NQ-HĐND", "based_on", "112/TTr-UBND")}),
        # regression: the document named back as the main clause's subject ("Căn cứ B1; B2 …, Kế hoạch đặt mục tiêu …"
        # gave no relation: the bare noun was one more basis, and the clause after it none)
        ("Ngày 15/3/2023, UBND tỉnh ban hành Kế hoạch số 34/KH-UBND về giảm nghèo năm 2023. Căn cứ Quyết định số "
         "90/QĐ-TTg ngày 18/01/2022 của Thủ tướng Chính phủ; Thông tư số 46/2022/TT-BTC ngày 28/7/2022 của Bộ Tài "
         "chính, Kế hoạch đặt mục tiêu giảm tỷ lệ hộ nghèo từ 0,5 - 0,7%.",
         {("34/KH-UBND", "based_on", "90/QĐ-TTg"), ("34/KH-UBND", "based_on", "46/2022/TT-BTC")}),
        ("Ngày 20/6/2022, UBND huyện ban hành Kế hoạch số 102/KH-UBND về xây dựng nông thôn mới. Thực hiện Nghị quyết "
         "số 06-NQ/TU ngày 26/4/2021 của Ban Chấp hành Đảng bộ tỉnh, Kế hoạch đề ra 5 nhóm nhiệm vụ.",
         {("102/KH-UBND", "implements", "06-NQ/TU")}),
        # regression: a numbered document as the subject of a predicate after the lead ("Thực hiện B, Kế hoạch số
        # 95/KH-UBND … của UBND huyện yêu cầu …" gave no relation: the plan was one more item of the lead's list)
        ("Thực hiện Nghị quyết số 10-NQ/HU ngày 15/12/2021 của Ban Chấp hành Đảng bộ huyện, Kế hoạch số 95/KH-UBND "
         "ngày 10/3/2022 của UBND huyện yêu cầu mỗi xã có ít nhất 2 thôn đạt chuẩn kiểu mẫu mỗi năm.",
         {("95/KH-UBND", "implements", "10-NQ/HU")}),
        # regression: the document reported as saying the lead ("Công điện nêu rõ, thực hiện B, UBND tỉnh yêu cầu …"
        # gave no relation: the main clause issues nothing)
        ("Chiều 27/10, Chủ tịch UBND tỉnh ký Công điện số 18/CĐ-UBND về khắc phục hậu quả mưa lũ. Công điện nêu rõ, "
         "thực hiện Công điện số 110/CĐ-TTg ngày 26/10/2024 của Thủ tướng Chính phủ, Chủ tịch UBND tỉnh yêu cầu Chủ tịch "
         "UBND các huyện huy động lực lượng giúp dân.",
         {("18/CĐ-UBND", "implements", "110/CĐ-TTg")}),
        # regression: the body that has just issued a document, named again as the subject of the lead's main clause
        # ("Chủ tịch UBND tỉnh ký Công điện số 07/CĐ-UBND ….\n\nThực hiện Công điện số 878/CĐ-TTg …, Chủ tịch UBND tỉnh
        # yêu cầu …" and "Ban Chỉ huy … tỉnh Yên Bái ban hành Công điện số 12/CĐ-BCH …. Thực hiện B, Ban Chỉ huy tỉnh đề
        # nghị …" gave no relation: no verb of saying names the document)
        ("Chiều 25/9, Chủ tịch UBND tỉnh Đặng Văn Minh ký Công điện số 07/CĐ-UBND yêu cầu các sở, ngành ứng phó với bão "
         "số 4.\n\nThực hiện Công điện số 878/CĐ-TTg ngày 25/9/2022 của Thủ tướng Chính phủ, Chủ tịch UBND tỉnh yêu cầu "
         "Chủ tịch UBND các huyện kêu gọi tàu thuyền vào nơi tránh trú.", {("07/CĐ-UBND", "implements", "878/CĐ-TTg")}),
        ("Ngày 8/9, Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn tỉnh ban hành Công điện số 12/CĐ-BCH về ứng phó "
         "với mưa lớn. Thực hiện Công điện số 25/CĐ-QG ngày 7/9/2023 của Ban Chỉ đạo quốc gia về phòng, chống thiên tai, "
         "Ban Chỉ huy tỉnh đề nghị các sở, ngành theo dõi chặt chẽ diễn biến mưa lũ.", {("12/CĐ-BCH", "implements", "25/CĐ-QG")}),
        # regression: a bracket that names what amended B ends B's title, and the list goes on after it ("Căn cứ B về …
        # (đã được sửa đổi, bổ sung bởi C) và B2, …": the title ran over the bracket, and B2 was no basis)
        ("Căn cứ Nghị định số 90/2020/NĐ-CP của Chính phủ về đánh giá, xếp loại chất lượng cán bộ (đã được sửa đổi, bổ "
         "sung bởi Nghị định số 48/2023/NĐ-CP) và Quyết định số 28/2023/QĐ-UBND của UBND tỉnh, Sở Nội vụ ban hành "
         "Hướng dẫn số 31/HD-SNV.",
         {("48/2023/NĐ-CP", "amends", "90/2020/NĐ-CP"), ("31/HD-SNV", "based_on", "90/2020/NĐ-CP"),
          ("31/HD-SNV", "based_on", "28/2023/QĐ-UBND")}),
        # regression: … after "Theo đó, " before the lead, which says the news now tells what that document says
        # ("UBND tỉnh vừa có Văn bản số 2187/UBND-KSTT …. Theo đó, thực hiện B, UBND tỉnh yêu cầu …" gave nothing)
        ("UBND tỉnh Quảng Bình vừa có Văn bản số 3320/UBND-KT gửi các sở, ngành về phòng, chống rét cho cây trồng. "
         "Theo đó, thực hiện Công điện số 12/CĐ-TTg ngày 10/1/2024 của Thủ tướng Chính phủ, UBND tỉnh yêu cầu các "
         "địa phương hướng dẫn nông dân che chắn mạ.", {("3320/UBND-KT", "implements", "12/CĐ-TTg")}),
        # … not when the main clause tells what others did
        ("UBND tỉnh Quảng Bình vừa có Văn bản số 3320/UBND-KT gửi các sở, ngành về phòng, chống rét cho cây trồng. "
         "Theo đó, thực hiện Công điện số 12/CĐ-TTg ngày 10/1/2024 của Thủ tướng Chính phủ, thời gian qua các địa "
         "phương đã che chắn 500 ha mạ.", set()),
        # regression: … with a sentence that cites nothing between them (a forecast: gave no relation)
        ("Chủ tịch UBND tỉnh Sóc Trăng vừa ký ban hành Chỉ thị số 07/CT-UBND ngày 5/12/2023 về phòng, chống xâm nhập mặn."
         "\n\nDự báo mùa khô năm nay, độ mặn trên sông Hậu có thể vào sâu 50 - 60km. Thực hiện Công điện số 1135/CĐ-TTg "
         "ngày 28/11/2023 của Thủ tướng Chính phủ, Chủ tịch UBND tỉnh yêu cầu các sở, ngành theo dõi chặt chẽ độ mặn.",
         {("07/CT-UBND", "implements", "1135/CĐ-TTg")}),
        # regression: … with a clause after a "; " in the sentence that names it back: one sentence, not two that cite
        # nothing ("Theo Chỉ thị, …; nguyên nhân …. Tỉnh có …. Để thực hiện B, Chủ tịch UBND tỉnh yêu cầu …" gave nothing)
        ("Chủ tịch UBND tỉnh Đồng Tháp vừa ký ban hành Chỉ thị số 09/CT-UBND ngày 3/6/2024 về phòng, chống dịch sốt xuất "
         "huyết.\n\nTheo Chỉ thị, 5 tháng đầu năm toàn tỉnh ghi nhận 1.200 ca mắc; nguyên nhân chủ yếu do người dân chưa "
         "diệt lăng quăng thường xuyên. Mùa mưa đến sớm nên nguy cơ bùng phát dịch rất cao. Để thực hiện Quyết định số "
         "3711/QĐ-BYT ngày 19/9/2014 của Bộ Y tế, Chủ tịch UBND tỉnh yêu cầu các sở, ngành tăng cường giám sát dịch.",
         {("09/CT-UBND", "implements", "3711/QĐ-BYT")}),
        # … but two sentences that cite nothing, each ended by a full stop, still end the document's telling
        ("Chủ tịch UBND tỉnh Đồng Tháp vừa ký ban hành Chỉ thị số 09/CT-UBND ngày 3/6/2024 về phòng, chống dịch sốt xuất "
         "huyết.\n\nNăm 2023 toàn tỉnh ghi nhận 1.200 ca mắc. Nguyên nhân chủ yếu do người dân chưa diệt lăng quăng. "
         "Mùa mưa đến sớm nên nguy cơ bùng phát dịch rất cao. Để thực hiện Quyết định số 3711/QĐ-BYT ngày 19/9/2014 của "
         "Bộ Y tế, Chủ tịch UBND tỉnh yêu cầu các sở, ngành tăng cường giám sát dịch.", set()),
        # regression: … with a sentence between that names that document back ("Công văn cho biết, …"), and its body's
        # chair as the subject ("UBND thành phố Cần Thơ ban hành Công văn số 3925/UBND-KT …. Công văn cho biết, …. Để thực
        # hiện nghiêm Công điện số 105/CĐ-TTg, Chủ tịch UBND thành phố yêu cầu …" gave no relation)
        ("Ngày 14/10/2024, Thủ tướng Chính phủ ban hành Công điện số 104/CĐ-TTg về ứng phó triều cường. Ngày 15/10/2024, "
         "UBND tỉnh Vĩnh Long ban hành Công văn số 5120/UBND-KTN gửi các sở, ngành. Công văn cho biết, đỉnh triều trên "
         "sông Cổ Chiên dự báo vượt báo động III. Để thực hiện nghiêm Công điện số 104/CĐ-TTg, Chủ tịch UBND tỉnh yêu cầu "
         "các địa phương gia cố đê bao.", {("5120/UBND-KTN", "implements", "104/CĐ-TTg")}),
        # … not when the sentence between names another document back
        ("UBND tỉnh có Kế hoạch số 45/KH-UBND về phòng, chống thiên tai. Ngày 15/10/2024, UBND tỉnh Vĩnh Long ban hành "
         "Công văn số 5120/UBND-KTN gửi các sở, ngành. Kế hoạch nêu rõ, đỉnh triều có thể vượt báo động III. Để thực hiện "
         "nghiêm Công điện số 104/CĐ-TTg, Chủ tịch UBND tỉnh yêu cầu các địa phương gia cố đê bao.", set()),
        # … only for the article's own document: a second one reported is no longer told after such a sentence
        ("Ngày 22/7, Chủ tịch UBND tỉnh ký Quyết định số 85/QĐ-UBND kiện toàn Ban Chỉ đạo. Cùng ngày, UBND tỉnh ban "
         "hành Công văn số 312/UBND-KT về rà soát vốn các chương trình.\n\nĐến 30/6, tỷ lệ giải ngân còn thấp. Thực "
         "hiện Công điện số 98/CĐ-TTg ngày 30/6/2025 của Thủ tướng Chính phủ, UBND tỉnh yêu cầu các đơn vị khẩn trương "
         "hoàn thiện hồ sơ.", set()),
        # … not when another body directs
        ("Ngày 14/2, UBND tỉnh ban hành Kế hoạch số 45/KH-UBND về phòng cháy, chữa cháy rừng. Thực hiện Chỉ thị số "
         "13-CT/TW của Ban Bí thư, Sở Nông nghiệp và Phát triển nông thôn yêu cầu các hạt kiểm lâm tăng cường tuần tra.", set()),
        # regression: "Căn cứ B, X quyết định …" after the report of the decision X issued is what that decision decides
        # ("Ban Thường vụ Tỉnh ủy Đắk Lắk ban hành Quyết định số 2046-QĐ/TU về việc thi hành kỷ luật …. Căn cứ Quy định 69-QĐ/TW
        # …, Ban Thường vụ Tỉnh ủy quyết định thi hành kỷ luật …" gave no relation: the main clause issues nothing)
        ("Ngày 12/3/2024, Ban Thường vụ Tỉnh ủy Gia Lai ban hành Quyết định số 1510-QĐ/TU về việc thi hành kỷ luật đối với "
         "đồng chí Trần Văn B. Quyết định được ban hành trên cơ sở Tờ trình số 45-TTr/UBKTTU của Ủy ban Kiểm tra Tỉnh ủy. "
         "Căn cứ Quy định số 69-QĐ/TW ngày 06/7/2022 của Bộ Chính trị, Ban Thường vụ Tỉnh ủy quyết định thi hành kỷ luật "
         "đồng chí Trần Văn B. bằng hình thức cảnh cáo.",
         {("1510-QĐ/TU", "based_on", "45-TTr/UBKTTU"), ("1510-QĐ/TU", "based_on", "69-QĐ/TW")}),
        # regression: a bare back-reference before its agent after "do" ("Báo cáo do Ban Nội chính Tỉnh ủy tham mưu trên cơ
        # sở Công văn số 1235-CV/BNCTW …" gave no relation: "Báo cáo" before "do" was no reference)
        ("Ngày 25/4/2024, Ban Thường vụ Tỉnh ủy ban hành Báo cáo số 98-BC/TU về công tác tổ chức xây dựng Đảng. Báo cáo do "
         "Ban Tổ chức Tỉnh ủy tham mưu trên cơ sở Hướng dẫn số 12-HD/BTCTW ngày 02/3/2024 của Ban Tổ chức Trung ương.",
         {("98-BC/TU", "based_on", "12-HD/BTCTW")}),
        # regression: "A nhằm cụ thể hóa B về … và thực hiện C": A's second act, though B's title reads on over C (gave "B
        # implements C")
        ("Ngày 15/7/2024, Ủy ban Kiểm tra Huyện ủy ban hành Chương trình số 03-CTr/UBKTHU nhằm cụ thể hóa Chương trình số "
         "02-CTr/HU ngày 05/7/2024 của Ban Chấp hành Đảng bộ huyện về kiểm tra, giám sát năm 2024 và thực hiện Hướng dẫn "
         "số 08-HD/UBKTTU ngày 08/7/2024 của Ủy ban Kiểm tra Tỉnh ủy.",
         {("03-CTr/UBKTHU", "implements", "02-CTr/HU"), ("03-CTr/UBKTHU", "implements", "08-HD/UBKTTU")}),
        # … nor when no document carries B out (the task's second act: gave "B implements C")
        ("Việc kiểm tra tài chính đảng là nhiệm vụ trọng tâm nhằm cụ thể hóa Kế hoạch số 21-KH/TU ngày 10/01/2024 của Ban "
         "Thường vụ Tỉnh ủy về công tác kiểm tra năm 2024 và thực hiện Quy định số 01-QĐ/TW ngày 28/01/2022 của Bộ Chính trị.",
         set()),
        # regression: a title of nothing but verbs of taking up, closed by "và" ("A cụ thể hóa B về học tập, quán triệt,
        # tuyên truyền và triển khai thực hiện C") is B's title, not A's second act (gave "A implements C")
        ("Ngày 20/02/2026, Ban Thường vụ Đảng ủy xã Long Phú ban hành Kế hoạch số 15-KH/ĐU cụ thể hóa Hướng dẫn số "
         "09-HD/BTGDVTU ngày 10/02/2026 của Ban Tuyên giáo và Dân vận Tỉnh ủy về học tập, quán triệt, tuyên truyền và "
         "triển khai thực hiện Nghị quyết số 57-NQ/TW.",
         {("15-KH/ĐU", "implements", "09-HD/BTGDVTU"), ("09-HD/BTGDVTU", "implements", "57-NQ/TW")}),
        # … after "tổ chức" too, when C was named before and a plan built by B carries it out ("A được xây dựng theo B
        # về tổ chức học tập, quán triệt và triển khai thực hiện C" gave "A implements C" only)
        ("Đảng ủy xã Quỳnh Anh ban hành Kế hoạch số 09-KH/ĐU thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Nghệ An "
         "lần thứ XX. Kế hoạch được xây dựng theo Kế hoạch số 06-KH/TU ngày 20/10/2025 của Ban Thường vụ Tỉnh ủy về tổ "
         "chức học tập, quán triệt, tuyên truyền và triển khai thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XX.",
         {("09-KH/ĐU", "implements", "Nghị quyết#"), ("09-KH/ĐU", "implements", "06-KH/TU"),
          ("06-KH/TU", "implements", "Nghị quyết#")}),
        # regression: an item of B's own body whose title says what it carries out is B's fellow in a list of bases,
        # not a second document B carries out ("căn cứ B … của Ban Thường vụ Tỉnh ủy Hà Tĩnh thực hiện C và B2 … của
        # Ban Thường vụ Tỉnh ủy về thực hiện C2" gave "B implements B2" and lost "A based_on B2")
        ("Đảng ủy xã Thiên Cầm ban hành Kế hoạch số 11-KH/ĐU. Kế hoạch được xây dựng căn cứ Chương trình hành động số "
         "15-CTr/TU ngày 12/8/2025 của Ban Thường vụ Tỉnh ủy Hà Tĩnh thực hiện Nghị quyết số 57-NQ/TW và Kế hoạch số "
         "09-KH/TU ngày 30/7/2025 của Ban Thường vụ Tỉnh ủy về thực hiện Nghị quyết số 59-NQ/TW.",
         {("11-KH/ĐU", "based_on", "15-CTr/TU"), ("11-KH/ĐU", "based_on", "09-KH/TU"),
          ("15-CTr/TU", "implements", "57-NQ/TW"), ("09-KH/TU", "implements", "59-NQ/TW")}),
        # … and in a lead (gave "A implements B" only, and "B implements B2")
        ("Thực hiện Chương trình hành động số 15-CTr/TU ngày 12/8/2025 của Ban Thường vụ Tỉnh ủy Hà Tĩnh thực hiện Nghị "
         "quyết số 57-NQ/TW và Kế hoạch số 09-KH/TU ngày 30/7/2025 của Ban Thường vụ Tỉnh ủy về thực hiện Nghị quyết số "
         "59-NQ/TW, Đảng ủy xã Thiên Cầm ban hành Kế hoạch số 11-KH/ĐU.",
         {("11-KH/ĐU", "implements", "15-CTr/TU"), ("11-KH/ĐU", "implements", "09-KH/TU"),
          ("15-CTr/TU", "implements", "57-NQ/TW"), ("09-KH/TU", "implements", "59-NQ/TW")}),
        # regression: documents of one kind of body in other units, listed, each carry out what the last does: a body
        # carries out no peer's document ("… như Kế hoạch … của Tỉnh ủy Hà Nam, Chương trình … của Tỉnh ủy Nam Định thực hiện
        # B" gave the programme alone)
        ("Hai tỉnh cũ đều có văn bản riêng như Kế hoạch số 30-KH/TU ngày 5/3/2018 của Tỉnh ủy Hà Nam, Chương trình hành "
         "động số 25-CTr/TU ngày 9/3/2018 của Tỉnh ủy Nam Định thực hiện Nghị quyết số 19-NQ/TW.",
         {("30-KH/TU", "implements", "19-NQ/TW"), ("25-CTr/TU", "implements", "19-NQ/TW")}),
        ("Kế hoạch số 41/KH-UBND của UBND tỉnh Bắc Giang và Kế hoạch số 55/KH-UBND của UBND tỉnh Bắc Ninh thực hiện Quyết "
         "định số 06/QĐ-TTg đạt nhiều kết quả.",
         {("41/KH-UBND", "implements", "06/QĐ-TTg"), ("55/KH-UBND", "implements", "06/QĐ-TTg")}),
        # regression: … and so is an item whose body goes unnamed but whose code is A's own ("A … thực hiện B và Kế hoạch
        # số 25-KH/HU về thực hiện C", A of the Huyện ủy too, gave "A implements" the plan)
        ("Ban Thường vụ Huyện ủy đã ban hành Chương trình số 21-CTr/HU thực hiện Nghị quyết số 59-NQ/TW và Kế hoạch số "
         "25-KH/HU về thực hiện Nghị quyết số 66-NQ/TW của Bộ Chính trị.",
         {("21-CTr/HU", "implements", "59-NQ/TW"), ("25-KH/HU", "implements", "66-NQ/TW")}),
        # an item of another code is still a second document A carries out
        ("Đảng ủy phường ban hành Kế hoạch số 07-KH/ĐU thực hiện Chỉ thị số 45-CT/TW và Kế hoạch số 130-KH/TU về thực "
         "hiện Chỉ thị này.",
         {("07-KH/ĐU", "implements", "45-CT/TW"), ("07-KH/ĐU", "implements", "130-KH/TU"),
          ("130-KH/TU", "implements", "45-CT/TW")}),
        # regression: a plan listed after "; " that carries out B ends its reach at the next "; ": the list it is an item
        # of goes on there ("… thực hiện nghiêm B0; A thực hiện B; Luật …" gave "A implements" the law)
        ("Chủ tịch UBND tỉnh yêu cầu các sở, ngành thực hiện nghiêm Chỉ thị số 42-CT/TW ngày 24/3/2020 của Ban Bí thư; "
         "Kế hoạch số 136-KH/TU ngày 10/7/2020 của Ban Thường vụ Tỉnh ủy thực hiện Chỉ thị số 42-CT/TW; Luật Phòng, chống "
         "thiên tai năm 2013; Nghị định số 160/2018/NĐ-CP ngày 29/11/2018 của Chính phủ.",
         {("136-KH/TU", "implements", "42-CT/TW")}),
        # … not after a basis ("căn cứ B về … và thực hiện C": B's title, as before)
        ("Ngày 15/7/2024, Ủy ban Kiểm tra Huyện ủy ban hành Chương trình số 03-CTr/UBKTHU căn cứ Chương trình số "
         "02-CTr/HU ngày 05/7/2024 của Ban Chấp hành Đảng bộ huyện về kiểm tra, giám sát năm 2024 và thực hiện Hướng dẫn "
         "số 08-HD/UBKTTU ngày 08/7/2024 của Ủy ban Kiểm tra Tỉnh ủy.",
         {("03-CTr/UBKTHU", "based_on", "02-CTr/HU"), ("02-CTr/HU", "implements", "08-HD/UBKTTU")}),
        # regression: a report named by its review, capitalised, that a meeting passed ("Kỳ họp cũng thông qua Báo cáo sơ
        # kết 2 năm thực hiện Quy định số 22-QĐ/TW …" was no document: "báo cáo" alone is mostly a verb); not a draft
        ("Ngày 20/3/2024, Ủy ban Kiểm tra Tỉnh ủy họp kỳ thứ 15. Kỳ họp đã thông qua Báo cáo tổng kết 5 năm thực hiện "
         "Quy định số 30-QĐ/TW ngày 26/7/2016 của Ban Chấp hành Trung ương.", {("Báo cáo#", "reviews", "30-QĐ/TW")}),
        # regression: a review of N years' work reviews no document of the year before it, listed after B: the guide it
        # follows ("Kế hoạch … về tổng kết 15 năm thực hiện B và Hướng dẫn số 96-HD/BTGTW ngày 28/12/2022" gave "A reviews"
        # the guide)
        ("Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 163-KH/TU ngày 10/1/2023 về tổng kết 15 năm thực hiện Chỉ thị số "
         "38-CT/TW ngày 7/9/2009 của Ban Bí thư và Hướng dẫn số 96-HD/BTGTW ngày 28/12/2022 của Ban Tuyên giáo Trung ương.",
         {("163-KH/TU", "reviews", "38-CT/TW")}),
        ("Ngày 20/3/2024, Ủy ban Kiểm tra Tỉnh ủy họp kỳ thứ 15. Kỳ họp đã cho ý kiến vào dự thảo Báo cáo tổng kết 5 năm "
         "thực hiện Quy định số 30-QĐ/TW ngày 26/7/2016 của Ban Chấp hành Trung ương.", set()),
        # … nor the noun after a count ("… Chánh Thanh tra Sở đã ban hành 12 quyết định xử phạt": gave the inspection
        # decision resting on the decree)
        ("Chánh Thanh tra Sở Y tế đã ban hành Quyết định số 35/QĐ-TTr ngày 21/3/2022 thanh tra 40 cơ sở. Căn cứ Nghị định "
         "số 117/2020/NĐ-CP ngày 28/9/2020 của Chính phủ, Chánh Thanh tra Sở đã ban hành 12 quyết định xử phạt.", set()),
        # … not when another body decides, nor the decision of another body
        ("Ngày 12/3/2024, UBND tỉnh ban hành Quyết định số 510/QĐ-UBND về việc phê duyệt kế hoạch. Căn cứ Quy định số "
         "69-QĐ/TW của Bộ Chính trị, Ủy ban Kiểm tra Tỉnh ủy quyết định thi hành kỷ luật đồng chí Trần Văn B.", set()),
        # regression: "Theo Công điện, thực hiện B, các sở, ngành … vận hành …": a telegram's or a directive's content,
        # told to those it names, is its bidding (gave nothing: no verb of saying, no directing verb); not a notice's,
        # nor what was done
        ("Chủ tịch UBND tỉnh ký Công điện số 02/CĐ-UBND ngày 7/2/2024 về phòng, chống hạn mặn. Theo Công điện, thực hiện "
         "Công điện số 1135/CĐ-TTg ngày 28/11/2023 của Thủ tướng Chính phủ, các sở, ngành, UBND các huyện vận hành hệ "
         "thống cống ngăn mặn hợp lý.", {("02/CĐ-UBND", "implements", "1135/CĐ-TTg")}),
        # regression: … a plan's too ("Theo Kế hoạch, thực hiện Chỉ thị số 17/CT-TTg …, các sở, ngành và UBND các huyện …
        # phải …" gave nothing): decided as the telegram's, a convention the corpus did not settle; not what was done
        ("UBND tỉnh Hà Tĩnh ban hành Kế hoạch số 118/KH-UBND ngày 8/4/2024 về Tháng hành động vì an toàn thực phẩm. Theo "
         "Kế hoạch, thực hiện Chỉ thị số 17/CT-TTg ngày 19/6/2020 của Thủ tướng Chính phủ, các sở, ngành và UBND các "
         "huyện phải tổ chức đoàn kiểm tra liên ngành.", {("118/KH-UBND", "implements", "17/CT-TTg")}),
        ("UBND tỉnh Hà Tĩnh ban hành Kế hoạch số 118/KH-UBND ngày 8/4/2024 về Tháng hành động vì an toàn thực phẩm. Theo "
         "Kế hoạch, thực hiện Chỉ thị số 17/CT-TTg ngày 19/6/2020 của Thủ tướng Chính phủ, thời gian qua các sở, ngành đã "
         "kiểm tra hơn 6.000 cơ sở.", set()),
        ("Văn phòng UBND tỉnh ban hành Thông báo số 45/TB-UBND. Theo Thông báo, thực hiện Công điện số 1135/CĐ-TTg ngày "
         "28/11/2023 của Thủ tướng Chính phủ, các sở, ngành vận hành hệ thống cống ngăn mặn hợp lý.", set()),
        ("UBND tỉnh ban hành Chỉ thị số 05/CT-UBND về phòng, chống hạn mặn. Theo Chỉ thị, thực hiện Công điện số "
         "1135/CĐ-TTg ngày 28/11/2023 của Thủ tướng Chính phủ, các sở, ngành đã có nhiều cố gắng.", set()),
        # regression: … a letter's too, named back in lower case with no mention ("… đã có Công văn hỏa tốc số
        # 3561/SGDĐT-CTTT …. Theo công văn, thực hiện Công điện số 86/CĐ-TTg …, Sở GD&ĐT yêu cầu …" gave nothing);
        # not what was done, nor when the last document issued is no letter
        ("Chiều 12/9, UBND tỉnh Quảng Ninh có Công văn số 4127/UBND-NLN2 gửi các sở, ngành về khắc phục hậu quả mưa lũ. "
         "Theo công văn, thực hiện Công điện số 95/CĐ-TTg ngày 11/9/2024 của Thủ tướng Chính phủ, UBND tỉnh yêu cầu các "
         "địa phương khẩn trương sơ tán người dân khỏi vùng nguy hiểm.", {("4127/UBND-NLN2", "implements", "95/CĐ-TTg")}),
        ("Ngày 6/10/2023, UBND tỉnh Bình Định ban hành Văn bản số 7218/UBND-KT về đẩy nhanh giải ngân vốn. Theo văn bản, "
         "thực hiện Công điện số 808/CĐ-TTg ngày 30/8/2023 của Thủ tướng Chính phủ, UBND tỉnh yêu cầu các sở, ngành khẩn "
         "trương hoàn thiện thủ tục đầu tư.", {("7218/UBND-KT", "implements", "808/CĐ-TTg")}),
        ("Chiều 12/9, UBND tỉnh Quảng Ninh có Công văn số 4127/UBND-NLN2 gửi các sở, ngành về khắc phục hậu quả mưa lũ. "
         "Theo công văn, thực hiện Công điện số 95/CĐ-TTg ngày 11/9/2024 của Thủ tướng Chính phủ, thời gian qua các địa "
         "phương đã sơ tán hơn 3.000 hộ dân.", set()),
        ("UBND tỉnh Quảng Ninh ban hành Kế hoạch số 212/KH-UBND về khắc phục hậu quả mưa lũ. Theo công văn, thực hiện "
         "Công điện số 95/CĐ-TTg ngày 11/9/2024 của Thủ tướng Chính phủ, UBND tỉnh yêu cầu các địa phương khẩn trương sơ "
         "tán người dân.", set()),
        # regression: a scheme named with the decision that approves it, then a second item ("A nhằm tiếp tục triển khai
        # Đề án “…” được phê duyệt tại Quyết định số 1956/QĐ-TTg … (Đề án 1956) và Quyết định số 1852/QĐ-UBND …" carried
        # out the scheme only: the list stopped at the decision)
        ("UBND tỉnh Thái Bình ban hành Quyết định số 618/QĐ-UBND ngày 20/3/2023 phê duyệt Kế hoạch hỗ trợ phụ nữ khởi "
         "nghiệp năm 2023. Kế hoạch nhằm triển khai Đề án “Hỗ trợ phụ nữ khởi nghiệp giai đoạn 2017 - 2025” được phê duyệt "
         "tại Quyết định số 939/QĐ-TTg ngày 30/6/2017 của Thủ tướng Chính phủ (Đề án 939) và Quyết định số 2212/QĐ-UBND "
         "ngày 15/9/2017 của UBND tỉnh.",
         {("618/QĐ-UBND", "implements", "939/QĐ-TTg"), ("618/QĐ-UBND", "implements", "2212/QĐ-UBND")}),
        # regression: a lead whose main clause reports issued a document named back ("Thực hiện B, Huyện ủy đã ban hành
        # nghị quyết chuyên đề nêu trên" related nothing: the back-reference was no issued document)
        ("Ngày 15/5/2020, Huyện ủy Kỳ Sơn ban hành Nghị quyết chuyên đề số 07-NQ/HU về phòng, chống ma túy. Thực hiện "
         "Chỉ thị 36-CT/TW của Bộ Chính trị, Huyện ủy đã ban hành nghị quyết chuyên đề nêu trên.",
         {("07-NQ/HU", "implements", "36-CT/TW")}),
        # regression: a plan an activity is carried out by, named after "theo" inside the clause, carries out what
        # follows its comma ("Đợt cao điểm được triển khai theo Kế hoạch số 86/KH-UBND … của UBND phường, thực hiện Kế
        # hoạch số 302/KH-UBND …" related nothing); a decision that orders an inspection leaves it to the inspection
        ("Sáng 12/1, Công an huyện Tương Dương ra quân cao điểm trấn áp tội phạm. Đợt cao điểm được triển khai theo Kế "
         "hoạch số 15/KH-CAH ngày 5/1/2024 của Công an huyện, thực hiện Kế hoạch số 1085/KH-CAT ngày 26/12/2023 của Công "
         "an tỉnh Nghệ An.", {("15/KH-CAH", "implements", "1085/KH-CAT")}),
        ("Cuộc kiểm tra được tiến hành theo Quyết định số 35-QĐ/UBKTHU ngày 2/3/2023 của Ủy ban Kiểm tra Huyện ủy, thực "
         "hiện Quy định số 22-QĐ/TW ngày 28/7/2021 của Ban Chấp hành Trung ương.", set()),
        # regression: a sentence opening with the act of the document just reported issued, named with no document
        # noun ("Việc sửa đổi nhằm khắc phục …, đồng thời thực hiện Chỉ thị số 45/CT-TTg …" and "Việc điều chỉnh được
        # thực hiện căn cứ Nghị định số 71/2024/NĐ-CP …" related nothing: no document was before the phrase)
        ("Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn vừa ký ban hành Thông tư số 01/2022/TT-BNNPTNT ngày 18/01/2022 "
         "về tàu cá. Việc sửa đổi nhằm khắc phục các tồn tại mà Ủy ban châu Âu khuyến nghị, đồng thời thực hiện Chỉ thị số "
         "45/CT-TTg ngày 13/12/2017 của Thủ tướng Chính phủ.", {("01/2022/TT-BNNPTNT", "implements", "45/CT-TTg")}),
        ("UBND tỉnh vừa ban hành Quyết định số 73/2024/QĐ-UBND ngày 18/11/2024 về bảng giá đất. Quyết định có hiệu lực từ "
         "ngày 1/12/2024. Việc điều chỉnh được thực hiện căn cứ Nghị định số 71/2024/NĐ-CP ngày 27/6/2024 của Chính phủ và "
         "Nghị quyết số 19/2024/NQ-HĐND ngày 8/11/2024 của HĐND tỉnh.",
         {("73/2024/QĐ-UBND", "based_on", "71/2024/NĐ-CP"), ("73/2024/QĐ-UBND", "based_on", "19/2024/NQ-HĐND")}),
        # regression: "Việc kiện toàn", "Việc thành lập" take back the decision just reported when its own words open
        # with that act ("… về việc kiện toàn Ban Chỉ đạo …. Việc kiện toàn nhằm triển khai B" related nothing)
        ("UBND tỉnh vừa ban hành Quyết định số 2041/QĐ-UBND ngày 14/8/2023 về việc kiện toàn Ban Chỉ đạo giải phóng "
         "mặt bằng các dự án giao thông trọng điểm. Quyết định này thay thế Quyết định số 517/QĐ-UBND ngày 2/3/2021. "
         "Việc kiện toàn nhằm triển khai có hiệu quả Nghị quyết số 26-NQ/TW của Bộ Chính trị và Nghị quyết số "
         "56/2022/QH15 của Quốc hội.",
         {("2041/QĐ-UBND", "replaces", "517/QĐ-UBND"), ("2041/QĐ-UBND", "implements", "26-NQ/TW"),
          ("2041/QĐ-UBND", "implements", "56/2022/QH15")}),
        # regression: … and so does the decision by which the act is said done, in the passive, though no verb issues it
        # ("Trung tâm được thành lập theo Quyết định số 1113/QĐ-UBND …. Việc thành lập Trung tâm nhằm cụ thể hóa B" related
        # nothing)
        ("Trung tâm Phục vụ hành chính công tỉnh được thành lập theo Quyết định số 845/QĐ-UBND ngày 2/4/2019 của UBND "
         "tỉnh. Việc thành lập Trung tâm nhằm cụ thể hóa Nghị định số 61/2018/NĐ-CP của Chính phủ.",
         {("845/QĐ-UBND", "implements", "61/2018/NĐ-CP")}),
        # … not when nothing is said done by a decision
        ("Tổ công tác được thành lập theo đề nghị của Phòng Nội vụ huyện. Việc thành lập nhằm triển khai Kế hoạch số "
         "125/KH-UBND của UBND tỉnh.", set()),
        # regression: … and so do "Việc bãi bỏ", "Việc công bố", whose basis is the decision's, and the decision is the
        # one whose words open with the act though another issued document was named after it (both related nothing)
        ("UBND huyện ban hành Quyết định số 75/2025/QĐ-UBND bãi bỏ Quyết định số 12/2019/QĐ-UBND về quản lý chợ. Việc "
         "bãi bỏ được thực hiện căn cứ Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15.",
         {("75/2025/QĐ-UBND", "based_on", "64/2025/QH15")}),
        ("UBND tỉnh ban hành Quyết định số 1520/QĐ-UBND ngày 3/9/2025 công bố danh mục văn bản còn hiệu lực, trong đó có "
         "Nghị quyết số 20/2022/NQ-HĐND ngày 8/12/2022 của HĐND tỉnh. Việc công bố được thực hiện căn cứ Nghị quyết số "
         "190/2025/QH15 của Quốc hội.",
         {("1520/QĐ-UBND", "based_on", "190/2025/QH15")}),
        # regression: a lead's clause after "; " that issues A2 and records a second act at A3 ("…; UBND huyện ban hành
        # Kế hoạch số 298/KH-UBND … và kiện toàn Ban Chỉ đạo … tại Quyết định số 6824/QĐ-UBND …") carried out nothing
        ("Thực hiện Chỉ thị số 21-CT/TU ngày 9/3/2023 của Ban Thường vụ Tỉnh ủy, Huyện ủy Cao Lộc đã ban hành Kế hoạch "
         "số 145-KH/HU ngày 20/3/2023; UBND huyện ban hành Kế hoạch số 77/KH-UBND ngày 28/3/2023 và thành lập Tổ công "
         "tác giải phóng mặt bằng tại Quyết định số 1120/QĐ-UBND ngày 30/3/2023.",
         {("145-KH/HU", "implements", "21-CT/TU"), ("77/KH-UBND", "implements", "21-CT/TU"),
          ("1120/QĐ-UBND", "implements", "21-CT/TU")}),
        # regression: an aside after A naming what amended it hid A's basis after it ("… phê duyệt tại Quyết định số
        # 1212/QĐ-UBND … (điều chỉnh tại Quyết định 2036/QĐ-UBND …), trên cơ sở Nghị quyết số 33/NQ-HĐND …" related nothing)
        ("Dự án đường tỉnh 295 được UBND tỉnh phê duyệt tại Quyết định số 845/QĐ-UBND ngày 2/6/2021 (điều chỉnh tại "
         "Quyết định số 1530/QĐ-UBND ngày 9/9/2022), trên cơ sở Nghị quyết số 41/NQ-HĐND ngày 10/12/2020 của HĐND tỉnh.",
         {("845/QĐ-UBND", "based_on", "41/NQ-HĐND")}),
        # regression: a ministry's letter after a title that carries out B is the next item of the outer list, not
        # carried out by the Prime Minister ("… tại Chỉ thị số 22/CT-TTg … về việc triển khai thi hành Luật Đất đai …
        # và Công văn số 5226/BTNMT-… của Bộ Tài nguyên và Môi trường" made the directive carry out the letter)
        ("Các tỉnh rà soát văn bản theo chỉ đạo tại Chỉ thị số 09/CT-TTg ngày 5/3/2024 của Thủ tướng Chính phủ về việc "
         "triển khai Nghị quyết số 18-NQ/TW và Công văn số 1471/BXD-QLN của Bộ Xây dựng về việc rà soát văn bản.",
         {("09/CT-TTg", "implements", "18-NQ/TW")}),
        # regression: … and what the act is said to be ("Việc ban hành kế hoạch là bước cụ thể hóa B" after the plan's
        # sentence related nothing)
        ("Ban Thường vụ Huyện ủy ban hành Kế hoạch số 130-KH/HU ngày 7/3/2025. Việc ban hành kế hoạch là bước cụ thể hóa "
         "Chương trình hành động số 36-CTr/TU của Tỉnh ủy.", {("130-KH/HU", "implements", "36-CTr/TU")}),
        # regression: … and in reported speech, after what someone says ("Giám đốc Sở cho biết, việc ban hành quy trình
        # là bước cụ thể hóa B" related nothing: the act did not open the sentence)
        ("Sở Y tế vừa ban hành Quyết định số 906/QĐ-SYT ngày 3/7/2024 ban hành quy trình cấp chứng chỉ hành nghề dược. "
         "Bà Lê Thị Hạnh, Phó Giám đốc Sở Y tế cho biết, việc ban hành quy trình là bước cụ thể hóa Nghị quyết số "
         "20-NQ/TW của Ban Chấp hành Trung ương Đảng khóa XII trong cải cách hành chính.",
         {("906/QĐ-SYT", "implements", "20-NQ/TW")}),
        # … or after whom it is reported from ("Theo Tập đoàn, việc điều chỉnh giá điện được thực hiện căn cứ B" related
        # nothing); not after a document so named ("Theo Nghị quyết số 12/NQ-CP, việc điều chỉnh …": B is the reporter's)
        ("Tập đoàn Điện lực Việt Nam có Quyết định số 599/QĐ-EVN ngày 9/5/2025 điều chỉnh giá bán lẻ điện bình quân. "
         "Theo Tập đoàn, việc điều chỉnh giá điện được thực hiện căn cứ Nghị định số 72/2025/NĐ-CP ngày 28/3/2025 của "
         "Chính phủ.", {("599/QĐ-EVN", "based_on", "72/2025/NĐ-CP")}),
        ("Tập đoàn Điện lực Việt Nam có Quyết định số 599/QĐ-EVN ngày 9/5/2025 điều chỉnh giá bán lẻ điện bình quân. "
         "Theo Nghị định số 72/2025/NĐ-CP, việc điều chỉnh giá điện được thực hiện căn cứ chi phí sản xuất.", set()),
        ("UBND tỉnh ban hành Quyết định số 35/2024/QĐ-UBND ngày 2/11/2024 điều chỉnh bảng giá đất. Theo UBND tỉnh, việc "
         "điều chỉnh bảng giá đất được thực hiện theo Nghị định số 71/2024/NĐ-CP của Chính phủ.", set()),
        # regression: … "Việc phê duyệt" too ("Bộ trưởng Bộ Công Thương vừa ký Quyết định số 263/QĐ-BCT … phê duyệt danh
        # mục đề án …. Việc phê duyệt được thực hiện căn cứ Quyết định số 1968/QĐ-TTg … và Thông tư số 40/2020/TT-BTC …"
        # related nothing: approving was no act of data/cues nominal_act)
        ("Bộ trưởng Bộ Công Thương vừa ký Quyết định số 263/QĐ-BCT ngày 1/2/2024 phê duyệt danh mục đề án xúc tiến thương "
         "mại năm 2024. Việc phê duyệt được thực hiện căn cứ Quyết định số 1968/QĐ-TTg ngày 22/11/2021 của Thủ tướng Chính "
         "phủ và Thông tư số 40/2020/TT-BTC ngày 14/5/2020 của Bộ Tài chính.",
         {("263/QĐ-BCT", "based_on", "1968/QĐ-TTg"), ("263/QĐ-BCT", "based_on", "40/2020/TT-BTC")}),
        # regression: a letter's verb of saying directs when its addressees must act ("Ngày 3/7/2023, UBND tỉnh tiếp tục
        # có Văn bản số 5489/UBND-CN …. Văn bản nhấn mạnh, các địa phương phải thực hiện nghiêm Quyết định số
        # 1823/QĐ-UBND …" related nothing: "nhấn mạnh" is no directing verb, though "Văn bản yêu cầu …" was read)
        ("Ngày 3/7/2023, UBND tỉnh có Văn bản số 5489/UBND-CN yêu cầu UBND các huyện hoàn thành bàn giao mặt bằng. Văn "
         "bản nhấn mạnh, các địa phương phải thực hiện nghiêm Quyết định số 1823/QĐ-UBND, kịp thời tháo gỡ vướng mắc.",
         {("5489/UBND-CN", "implements", "1823/QĐ-UBND")}),
        # … not when it says what they did
        ("Ngày 3/7/2023, UBND tỉnh có Văn bản số 5489/UBND-CN về giải phóng mặt bằng. Văn bản nhấn mạnh, thời gian qua các "
         "địa phương đã thực hiện nghiêm Quyết định số 1823/QĐ-UBND.", set()),
        ("Ban Tuyên giáo Trung ương ban hành Hướng dẫn số 73-HD/BTGTW ngày 31/5/2019 về tuyên truyền. Hướng dẫn nêu rõ, "
         "tuyên truyền phải gắn với việc thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị.", set()),
        # regression: a state enterprise, central, carries out a province's documents ("Thực hiện Chỉ thị số 08/CT-UBND,
        # EVNHCMC đã ban hành Văn bản số 2718/EVNHCMC-KD …" related nothing: a central document never carries out a
        # local one, and the power corporation's code is central)
        ("Chủ tịch UBND TP HCM vừa ký ban hành Chỉ thị số 08/CT-UBND ngày 26/6/2023 về tăng cường tiết kiệm điện. Thực "
         "hiện Chỉ thị số 08/CT-UBND, EVNHCMC đã ban hành Văn bản số 2718/EVNHCMC-KD ngày 28/6/2023 đề nghị các khách hàng "
         "lớn chủ động điều chỉnh phụ tải.", {("2718/EVNHCMC-KD", "implements", "08/CT-UBND")}),
        # … a ministry still does not
        ("UBND tỉnh ban hành Kế hoạch số 45/KH-UBND ngày 5/5/2023 về tiết kiệm điện. Thực hiện Kế hoạch số 45/KH-UBND, Bộ "
         "Công Thương đã ban hành Công văn số 120/BCT-ĐTĐL ngày 10/5/2023.", set()),
        # … not a topic named as a noun ("Việc xây dựng nông thôn mới …")
        ("UBND tỉnh ban hành Kế hoạch số 12/KH-UBND về nông thôn mới. Việc xây dựng nông thôn mới được thực hiện căn cứ "
         "Quyết định số 318/QĐ-TTg của Thủ tướng Chính phủ.", set()),
        # … but not when the main clause tells what others did
        ("Thủ tướng ban hành Chỉ thị số 27/CT-TTg ngày 2/10/2025 về giải ngân vốn đầu tư công. Chỉ thị nêu rõ, thực hiện "
         "Nghị quyết số 01/NQ-CP của Chính phủ, thời gian qua các bộ, ngành đã có nhiều cố gắng.", set()),
        # regression: … and when the main clause's subject is told what it must do, its "phải", "cần" after B's title
        # ("Công văn nhấn mạnh, thực hiện B về tập trung phòng, chống …, các sở, ngành, địa phương phải …" gave nothing: no
        # main clause opens with a plural subject, and B's title was read on over it)
        ("Ngày 27/8, UBND tỉnh ban hành Công văn số 4362/UBND-KT về phòng, chống bệnh dịch tả lợn châu Phi. Công văn nhấn "
         "mạnh, thực hiện Công điện số 82/CĐ-TTg ngày 22/8/2024 của Thủ tướng Chính phủ về tập trung phòng, chống bệnh "
         "dịch tả lợn châu Phi, các sở, ngành, địa phương phải xác định phòng, chống dịch là nhiệm vụ trọng tâm.",
         {("4362/UBND-KT", "implements", "82/CĐ-TTg")}),
        ("Ngày 5/3/2025, Sở Y tế ban hành Công văn số 812/SYT-NVY về phòng, chống bệnh sởi. Công văn nêu rõ, thực hiện "
         "Công điện số 21/CĐ-TTg ngày 2/3/2025 của Thủ tướng Chính phủ, các bệnh viện cần chủ động chuẩn bị thuốc.",
         {("812/SYT-NVY", "implements", "21/CĐ-TTg")}),
        # regression: … a task given in the directive's own words, with no directing verb ("Công điện nêu rõ, thực hiện B,
        # Sở Y tế chủ trì, phối hợp …", "…, các huyện khẩn trương rà soát …" gave nothing)
        ("Bộ Y tế có Công điện số 1025/CĐ-BYT ngày 12/7/2023 về phòng, chống sốt xuất huyết. Công điện nêu rõ, thực hiện "
         "Công điện số 621/CĐ-TTg của Thủ tướng Chính phủ, Sở Y tế các tỉnh chủ trì, phối hợp với các cơ quan liên quan "
         "giám sát chặt chẽ dịch bệnh tại cộng đồng.", {("1025/CĐ-BYT", "implements", "621/CĐ-TTg")}),
        ("UBND tỉnh ban hành Chỉ thị số 05/CT-UBND ngày 3/4/2024 về phòng cháy rừng. Chỉ thị nêu rõ, thực hiện Chỉ thị số "
         "19/CT-TTg ngày 15/3/2024 của Thủ tướng Chính phủ, các huyện, thị xã khẩn trương rà soát các vùng trọng điểm cháy.",
         {("05/CT-UBND", "implements", "19/CT-TTg")}),
        # … not what others are told to have done on their own
        ("UBND tỉnh ban hành Chỉ thị số 05/CT-UBND ngày 3/4/2024 về phòng cháy rừng. Chỉ thị nêu rõ, thực hiện Chỉ thị số "
         "19/CT-TTg ngày 15/3/2024 của Thủ tướng Chính phủ, thời gian qua các huyện đã chủ động rà soát các vùng trọng "
         "điểm cháy.", set()),
        # regression: an adverb between a letter and its directing verb ("Công văn cũng yêu cầu UBND các huyện … thực hiện
        # nghiêm B" gave nothing)
        ("Ngày 27/8, UBND tỉnh ban hành Công văn số 4362/UBND-KT về phòng, chống dịch. Công văn cũng yêu cầu UBND các "
         "huyện, thị xã, thành phố thực hiện nghiêm Kế hoạch số 96/KH-UBND ngày 5/6/2024 của UBND tỉnh.",
         {("4362/UBND-KT", "implements", "96/KH-UBND")}),
        # regression: a lead after two short opening clauses ("Theo Thông báo, thời gian qua, thực hiện Kết luận số
        # 77-KL/TW …, Chính phủ đã trình Quốc hội ban hành Nghị quyết số 170/2024/QH15" gave no relation: one was read)
        ("Theo Thông báo, thời gian qua, thực hiện Kết luận số 77-KL/TW ngày 2/5/2024 của Bộ Chính trị, Chính phủ đã "
         "trình Quốc hội ban hành Nghị quyết số 170/2024/QH15 ngày 30/11/2024.",
         {("170/2024/QH15", "implements", "77-KL/TW")}),
        # … across a sentence opened by "Ngay sau đó"
        ("Thực hiện Chỉ thị 05 của Thành ủy Hà Nội, Ban Thường vụ Huyện ủy đã tổ chức quán triệt. "
         "Ngay sau đó, Ban Thường vụ Huyện ủy ban hành Chỉ thị số 08/CT-HU.",
         {("08-CT/HU", "implements", "Chỉ thị#05")}),
        ("Ngay sau khi Ban Bí thư ban hành Kết luận số 44-KL/TW, Tỉnh ủy đã ban hành Kế hoạch số 100-KH/TU.",
         {("100-KH/TU", "implements", "44-KL/TW")}),
        # regression: … and to the next sentence whose subject "cũng" issues, the lead's main clause issuing nothing
        # ("Thực hiện Chỉ thị 35, Huyện ủy … đã chỉ đạo …. Ban Thường vụ Huyện ủy cũng ban hành Kế hoạch số 156-KH/HU"
        # gave no relation)
        ("Thực hiện Chỉ thị số 35-CT/TW của Bộ Chính trị, thời gian qua Huyện ủy Thạch Hà đã chỉ đạo rà soát quy hoạch "
         "cấp ủy; kiện toàn các tiểu ban đại hội. Ban Thường vụ Huyện ủy cũng ban hành Kế hoạch số 210-KH/HU ngày "
         "2/8/2024 về đại hội đảng bộ các cấp.",
         {("210-KH/HU", "implements", "35-CT/TW")}),
        # … or simply issues, "cũng" left out ("Thực hiện Nghị quyết, Huyện ủy đã tổ chức quán triệt …. Ban Thường vụ
        # Huyện ủy ban hành Chương trình hành động số 18-CTr/HU" gave no relation)
        ("Thực hiện Nghị quyết số 19-NQ/TW của Ban Chấp hành Trung ương, Thị ủy Hồng Lĩnh đã tổ chức quán triệt đến "
         "toàn thể đảng viên. Ban Thường vụ Thị ủy ban hành Chương trình hành động số 22-CTr/TU ngày 5/9/2022 với 6 "
         "nhóm giải pháp.",
         {("22-CTr/TU", "implements", "19-NQ/TW")}),
        ("Triển khai Chỉ thị số 12-CT/TU của Tỉnh ủy, Đảng ủy xã Tân Lập đã phổ biến tới các chi bộ. Đảng ủy xã đã ban "
         "hành Kế hoạch số 08-KH/ĐU ngày 1/3/2023 với 5 nhiệm vụ trọng tâm.",
         {("08-KH/ĐU", "implements", "12-CT/TU")}),
        # … not a plan that says itself what it carries out
        ("Thực hiện Chỉ thị số 35-CT/TW của Bộ Chính trị, Huyện ủy Thạch Hà đã chỉ đạo rà soát quy hoạch cấp ủy. Ban "
         "Thường vụ Huyện ủy cũng ban hành Kế hoạch số 210-KH/HU thực hiện Nghị quyết số 57-NQ/TW.",
         {("210-KH/HU", "implements", "57-NQ/TW")}),
        ("Ngay sau khi Kết luận 76-KL/TW (ngày 4/6/2020) của Bộ Chính trị được ban hành, UBND tỉnh đã ban "
         "hành Kế hoạch số 265/KH-UBND để triển khai thực hiện.",
         {("265/KH-UBND", "implements", "76-KL/TW")}),
        # regression: … two documents that lead issues, joined by "và" (session 22: "Ngay sau khi Chính phủ ban hành B1 … và
        # Thủ tướng ban hành B2 …, UBND tỉnh đã ban hành A để triển khai" carried out B1 only; so did "Sau khi có B1 và B2")
        ("Ngay sau khi Chính phủ ban hành Nghị quyết số 116/NQ-CP ngày 24/9/2021 về hỗ trợ người lao động và Thủ tướng "
         "ban hành Quyết định số 28/2021/QĐ-TTg ngày 1/10/2021 quy định việc hỗ trợ từ Quỹ bảo hiểm thất nghiệp, UBND "
         "tỉnh đã ban hành Kế hoạch số 402/KH-UBND ngày 6/10/2021 để triển khai.",
         {("402/KH-UBND", "implements", "116/NQ-CP"), ("402/KH-UBND", "implements", "28/2021/QĐ-TTg")}),
        # regression: a carrying out already done, told before a colon whose clauses tell how ("các huyện đều đã triển
        # khai B: Huyện ủy X ban hành A1; Huyện ủy Y ban hành A2" related nothing)
        ("Thời gian qua, các huyện phía Nam đều đã kịp thời triển khai Chỉ thị số 35-CT/TW: Ban Thường vụ Huyện ủy Kỳ "
         "Anh ban hành Kế hoạch số 120-KH/HU ngày 3/7/2019; Ban Thường vụ Huyện ủy Cẩm Xuyên ban hành Kế hoạch số "
         "98-KH/HU ngày 10/7/2019. UBND tỉnh ban hành Kế hoạch số 15/KH-UBND.",
         {("120-KH/HU", "implements", "35-CT/TW"), ("98-KH/HU", "implements", "35-CT/TW")}),
        # regression: … a list its plural noun opens ("ban hành các nghị quyết chuyên đề: B1 …; B2 … và B3, X ban hành A"
        # carried out none: the items after the first, issued by the lead's verb, ended the list)
        ("Ngay sau khi Quân ủy Trung ương ban hành các nghị quyết chuyên đề: Nghị quyết số 1657-NQ/QUTW ngày 20/12/2022 "
         "về xây dựng đội ngũ cán bộ; Nghị quyết số 1658-NQ/QUTW ngày 20/12/2022 về công tác giáo dục chính trị và Nghị "
         "quyết số 1659-NQ/QUTW, Đảng ủy Quân sự tỉnh đã ban hành Nghị quyết số 412-NQ/ĐU ngày 3/3/2023 lãnh đạo thực hiện.",
         {("412-NQ/ĐU", "implements", "1657-NQ/QUTW"), ("412-NQ/ĐU", "implements", "1658-NQ/QUTW"),
          ("412-NQ/ĐU", "implements", "1659-NQ/QUTW")}),
        # regression: … a main clause of two provinces, each with its programme ("hai tỉnh Hòa Bình và Sơn La … bằng A1 …
        # của Tỉnh ủy Hòa Bình và A2 … của Tỉnh ủy Sơn La": the subject was read into B's title, A2 was no issued item)
        ("Sau khi Bộ Chính trị ban hành Nghị quyết số 11-NQ/TW ngày 10/2/2022 về phát triển kinh tế - xã hội vùng trung "
         "du và miền núi Bắc Bộ đến năm 2030, tầm nhìn đến năm 2045, hai tỉnh Phú Thọ và Yên Bái tiếp tục cụ thể hóa bằng "
         "Chương trình hành động số 31-CTr/TU ngày 6/5/2022 của Tỉnh ủy Phú Thọ và Chương trình hành động số 17-CTr/TU "
         "ngày 15/4/2022 của Tỉnh ủy Yên Bái.",
         {("31-CTr/TU", "implements", "11-NQ/TW"), ("17-CTr/TU", "implements", "11-NQ/TW")}),
        # regression: … two documents each saying which of the lead's two it carries out took the other's too
        ("Thực hiện Nghị quyết số 18-NQ/TW và Nghị quyết số 19-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương, Ban "
         "Thường vụ Huyện ủy Thạch Hà đã ban hành Kế hoạch số 58-KH/HU thực hiện Nghị quyết số 18-NQ/TW và Kế hoạch số "
         "59-KH/HU thực hiện Nghị quyết số 19-NQ/TW.",
         {("58-KH/HU", "implements", "18-NQ/TW"), ("59-KH/HU", "implements", "19-NQ/TW")}),
        # … while those that say nothing of their own carry out both
        ("Thực hiện Nghị quyết số 18-NQ/TW và Nghị quyết số 19-NQ/TW, Ban Thường vụ Huyện ủy Thạch Hà đã ban hành Kế "
         "hoạch số 58-KH/HU và Kế hoạch số 59-KH/HU.",
         {("58-KH/HU", "implements", "18-NQ/TW"), ("58-KH/HU", "implements", "19-NQ/TW"),
          ("59-KH/HU", "implements", "18-NQ/TW"), ("59-KH/HU", "implements", "19-NQ/TW")}),
        ("Sau khi có Chỉ thị số 35-CT/TW và Hướng dẫn số 26-HD/BTCTW, Ban Thường vụ Tỉnh ủy đã ban hành Kế hoạch số "
         "376-KH/TU.",
         {("376-KH/TU", "implements", "35-CT/TW"), ("376-KH/TU", "implements", "26-HD/BTCTW")}),
        ("Sau khi Tỉnh ủy ban hành Nghị quyết số 05-NQ/TU, Huyện ủy ban hành Kế hoạch số 312-KH/HU để triển khai.",
         {("312-KH/HU", "implements", "05-NQ/TU")}),
        # regression: a lead's issuer stays within its clause (session 23: "Ngay sau khi thành lập, Ban Chỉ đạo đã ban hành
        # Quy chế làm việc, Chương trình công tác …" read the programme as carrying out the Quy chế)
        ("Ngay sau khi được kiện toàn, Ban Chỉ đạo đã ban hành Quy chế làm việc, Chương trình công tác năm 2023 và Kế "
         "hoạch số 07-KH/BCĐ ngày 10/2/2023 thực hiện Chỉ thị số 21-CT/TW.",
         {("07-KH/BCĐ", "implements", "21-CT/TW")}),
        # regression: the title of a plenum's conclusion, after the plenum's number ("Kết luận số 64-KL/TW … của Hội
        # nghị Trung ương 8 về tiếp tục thực hiện Nghị quyết Trung ương 5 khóa XII …" continued nothing)
        ("Hội nghị quán triệt Kết luận số 64-KL/TW ngày 28/10/2023 của Hội nghị Trung ương 8 về tiếp tục thực hiện "
         "Nghị quyết Trung ương 5 khóa XII về hoàn thiện thể chế kinh tế thị trường.",
         {("64-KL/TW", "continues", "Nghị quyết#")}),
        # regression: a document named in the title of the one before it is not what "để triển khai thực hiện"
        # carries out ("Sau Kết luận số 80-KL/TW … về đẩy mạnh thực hiện Nghị quyết Trung ương 7 khóa X …, Tỉnh
        # đoàn … xây dựng Kế hoạch số 125-KH/TĐTN … để triển khai thực hiện" implemented the plenum's resolution)
        ("Sau Kết luận số 80-KL/TW ngày 7/1/2014 của Ban Bí thư về đẩy mạnh thực hiện Nghị quyết Trung ương 7 khóa X "
         "về công tác thanh niên, Tỉnh đoàn xây dựng Kế hoạch số 125-KH/TĐTN ngày 20/3/2014 để triển khai thực hiện.",
         {("80-KL/TW", "implements", "Nghị quyết#"), ("125-KH/TĐTN", "implements", "80-KL/TW")}),
        # regression: the clause's second act after a semicolon ("Nghị quyết số 17-NQ/TU … nhằm tiếp tục thực hiện
        # Nghị quyết số 33-NQ/TW … và Kết luận số 76-KL/TW … về tiếp tục thực hiện Nghị quyết Trung ương 9 khóa XI;
        # đồng thời cụ thể hóa Nghị quyết Đại hội …" did not carry the congress's resolution out)
        ("Nghị quyết số 17-NQ/TU ngày 11/8/2022 được ban hành nhằm tiếp tục thực hiện Nghị quyết số 33-NQ/TW ngày "
         "9/6/2014 và Kết luận số 76-KL/TW ngày 4/6/2020 của Bộ Chính trị về tiếp tục thực hiện Nghị quyết Trung ương 9 "
         "khóa XI; đồng thời cụ thể hóa Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XV.",
         {("17-NQ/TU", "implements", "33-NQ/TW"), ("17-NQ/TU", "implements", "76-KL/TW"),
          ("76-KL/TW", "continues", "Nghị quyết#"), ("17-NQ/TU", "implements", "Nghị quyết#")}),
        ("Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 17-KH/TU thực hiện Nghị quyết số 33-NQ/TW; đồng thời UBND tỉnh ban "
         "hành Kế hoạch số 20/KH-UBND triển khai Chỉ thị số 05-CT/TW.",
         {("17-KH/TU", "implements", "33-NQ/TW"), ("20/KH-UBND", "implements", "05-CT/TW")}),
        # regression: a lead's clause after "; " that cites what it is done according to ("theo" alone states no
        # relation) is the lead's too ("Triển khai Chỉ thị 40, …; UBND tỉnh ban hành Quyết định số 2215/QĐ-UBND …
        # theo Quyết định số 09/2005/QĐ-TTg" left the decision out) …
        ("Triển khai Chỉ thị số 40-CT/TW, Ban Thường vụ Tỉnh ủy đã ban hành Kế hoạch số 51-KH/TU ngày 20-9-2004; UBND "
         "tỉnh ban hành Quyết định số 2215/QĐ-UBND ngày 5-11-2005 phê duyệt Đề án xây dựng đội ngũ nhà giáo theo Quyết "
         "định số 09/2005/QĐ-TTg ngày 11-01-2005 của Thủ tướng Chính phủ.",
         {("51-KH/TU", "implements", "40-CT/TW"), ("2215/QĐ-UBND", "implements", "40-CT/TW")}),
        # … not one that states its own ("theo tinh thần")
        ("Thực hiện Chỉ thị số 05-CT/TW, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 12-KH/TU; UBND tỉnh ban hành Kế "
         "hoạch số 20/KH-UBND theo tinh thần Kết luận số 01-KL/TW.",
         {("12-KH/TU", "implements", "05-CT/TW"), ("20/KH-UBND", "implements", "01-KL/TW")}),
        # after a byline; the implementing plan is the subject, issued in the passive
        ("(Baohanoi.vn) - Để thực hiện Kế hoạch số 138-KH/HU ngày 17/6/2008 của Ban Thường vụ Huyện ủy Ba Vì, "
         "kế hoạch của UBND xã Đông Quang (Ba Vì) đã được ban hành, triển khai đến các thôn.",
         {("Kế hoạch#", "implements", "138-KH/HU")}),
        # … and in the active: the unnumbered plan the commune issues
        ("Thực hiện Chỉ thị số 09-CT/TW của Ban Bí thư và Kế hoạch số 248-KH/HU của Ban Thường vụ Huyện ủy, "
         "UBND xã Vượng Lộc đã ban hành kế hoạch triển khai thực hiện trên địa bàn, giao nhiệm vụ cho các thôn.",
         {("Kế hoạch#", "implements", "09-CT/TW"), ("Kế hoạch#", "implements", "248-KH/HU")}),
        ("Thực hiện Kế hoạch số 88/KH-UBND của UBND thành phố Trà Vinh, kế hoạch của UBND Phường 1 "
         "(Trà Vinh) đã được ban hành, triển khai đến các khóm.",
         {("Kế hoạch#", "implements", "88/KH-UBND")}),
        # a Kết luận that keeps a directive going continues it; a plan that does implements it
        ("Kết luận số 44-KL/TW ngày 22/01/2019 của Ban Bí thư về tiếp tục đẩy mạnh thực hiện Chỉ thị số 09-CT/TW.",
         {("44-KL/TW", "continues", "09-CT/TW")}),
        ("Kế hoạch số 100-KH/TU, ngày 22/3/2019 về tiếp tục thực hiện Chỉ thị số 09-CT/TW của Ban Bí thư.",
         {("100-KH/TU", "implements", "09-CT/TW")}),
        # regression: a notice of conclusions keeps it going as a Kết luận does ("Thông báo kết luận số 1245-TB/TU … về tiếp
        # tục thực hiện Chỉ thị số 27-CT/TU" implemented it)
        ("Thường trực Tỉnh ủy ban hành Thông báo kết luận số 806-TB/TU ngày 3/10/2022 về tiếp tục thực hiện Nghị quyết "
         "số 11-NQ/TU ngày 5/8/2016 của Ban Chấp hành Đảng bộ tỉnh về phát triển du lịch.",
         {("806-TB/TU", "continues", "11-NQ/TU")}),
        ("UBND tỉnh ban hành Thông báo số 412/TB-UBND ngày 3/10/2022 về tiếp tục thực hiện Kế hoạch số 88/KH-UBND.",
         {("412/TB-UBND", "implements", "88/KH-UBND")}),
        # regression: a plan listed after B that carries B out, named back, is B's companion in a review's list, not a
        # second source ("Báo cáo số 415-BC/TU … sơ kết 5 năm thực hiện Nghị quyết số 36-NQ/TW … và Kế hoạch số 62-KH/TU
        # … thực hiện Nghị quyết" reviewed the resolution alone)
        ("Ban Thường vụ Huyện ủy ban hành Báo cáo số 208-BC/HU ngày 6/6/2024 tổng kết 10 năm thực hiện Chỉ thị số "
         "29-CT/TU ngày 4/3/2014 của Ban Thường vụ Tỉnh ủy về công tác dân vận và Kế hoạch số 17-KH/HU ngày 2/4/2014 "
         "của Ban Thường vụ Huyện ủy thực hiện Chỉ thị.",
         {("208-BC/HU", "reviews", "29-CT/TU"), ("208-BC/HU", "reviews", "17-KH/HU"), ("17-KH/HU", "implements", "29-CT/TU")}),
        # regression: a report named a review, of no object, reports the review told of before ("… hội nghị sơ kết 3 năm
        # thực hiện Chỉ thị số 42-CT/TW …. … Báo cáo sơ kết số 518-BC/TU … cho thấy" reviewed nothing)
        ("Ngày 20/6, Huyện ủy tổ chức hội nghị tổng kết 10 năm thực hiện Chỉ thị số 03-CT/TU ngày 12/5/2014 của Ban "
         "Thường vụ Tỉnh ủy về phát triển kinh tế trang trại. Thực hiện Chỉ thị, Huyện ủy đã ban hành Kế hoạch số "
         "27-KH/HU. Báo cáo tổng kết số 402-BC/HU ngày 10/6/2024 của Ban Thường vụ Huyện ủy cho thấy, toàn huyện có 86 "
         "trang trại.",
         {("27-KH/HU", "implements", "03-CT/TU"), ("402-BC/HU", "reviews", "03-CT/TU")}),
        # a plan whose subject is a review reviews; what its review covers, too
        ("Tỉnh ủy vừa ban hành Kế hoạch tổng kết 10 năm thực hiện Nghị quyết số 33-NQ/TW. Mục tiêu của đợt "
         "tổng kết là đánh giá quá trình tổ chức thực hiện Nghị quyết số 33-NQ/TW và Chương trình hành động "
         "số 10-CTr/TU của Ban Thường vụ Tỉnh ủy.",
         {("Kế hoạch#", "reviews", "33-NQ/TW"), ("Kế hoạch#", "reviews", "10-CTr/TU")}),
        ("Kế hoạch số 03-KH/TW của Ban Bí thư về tổ chức Hội nghị sơ kết hằng năm việc thực hiện Chỉ thị "
         "số 05-CT/TW của Bộ Chính trị.",
         {("03-KH/TW", "reviews", "05-CT/TW")}),
        # regression: the second plan of "A thực hiện B và A2 thực hiện C" was taken for a second B
        ("Thành ủy đã ban hành Chương trình hành động số 12-CTr/TU ngày 5/3/2018 thực hiện Nghị quyết 18-NQ/TW "
         "và Kế hoạch số 98-KH/TU thực hiện Nghị quyết 19-NQ/TW.",
         {("12-CTr/TU", "implements", "18-NQ/TW"), ("98-KH/TU", "implements", "19-NQ/TW")}),
        # regression: … and after "; " a plan that replaces another is a clause of its own ("…; Kế hoạch 125 thay thế kế
        # hoạch này" was a second document the older plan carried out)
        ("UBND tỉnh ban hành Kế hoạch số 125/KH-UBND. Trước đó, UBND tỉnh đã có Kế hoạch số 1985/KH-UBND triển khai "
         "Nghị quyết số 68-NQ/TW; Kế hoạch 125 thay thế kế hoạch này.",
         {("1985/KH-UBND", "implements", "68-NQ/TW"), ("125/KH-UBND", "replaces", "1985/KH-UBND")}),
        # … while a listed B2 with a title of its own is still a second B
        ("Kế hoạch số 05-KH/HU thực hiện Nghị quyết 18-NQ/TW và Kết luận số 01-KL/TW về tiếp tục thực hiện "
         "Nghị quyết 18-NQ/TW.",
         {("05-KH/HU", "implements", "18-NQ/TW"), ("05-KH/HU", "implements", "01-KL/TW"),
          ("01-KL/TW", "continues", "18-NQ/TW")}),
        # regression: a review written right after the symbol, without "về", gave no relation
        ("Ban Thường vụ Tỉnh ủy đã ban hành Báo cáo số 412-BC/TU tổng kết 10 năm thực hiện Chỉ thị số "
         "29-CT/TU của Ban Thường vụ Tỉnh ủy.",
         {("412-BC/TU", "reviews", "29-CT/TU")}),
        ("Huyện ủy ban hành Kế hoạch số 15-KH/HU sơ kết 5 năm việc thực hiện Nghị quyết số 05-NQ/TU.",
         {("15-KH/HU", "reviews", "05-NQ/TU")}),
        # regression: a report that evaluates the results of carrying B out reviews it ("Báo cáo số 412/BC-UBND … của
        # UBND huyện đánh giá kết quả 2 năm thực hiện Nghị quyết số 45/NQ-HĐND" gave no relation)
        ("Báo cáo số 412/BC-UBND ngày 22/12/2023 của UBND huyện đánh giá kết quả 2 năm thực hiện Nghị quyết số "
         "45/NQ-HĐND của HĐND huyện cho thấy, toàn huyện đã trồng mới 1.250 ha rừng.",
         {("412/BC-UBND", "reviews", "45/NQ-HĐND")}),
        # regression: the aim after a report listed last among A's bases is A's, and A is no report ("Nghị quyết được
        # ban hành trên cơ sở Tờ trình … và Báo cáo thẩm tra của Ban Kinh tế - Ngân sách HĐND tỉnh, nhằm cụ thể hóa B"
        # made the resolution review B)
        ("HĐND tỉnh thông qua Nghị quyết số 25/2021/NQ-HĐND. Nghị quyết được ban hành trên cơ sở Tờ trình số "
         "2315/TTr-UBND của UBND tỉnh và Báo cáo thẩm tra số 88/BC-KTNS của Ban Kinh tế - Ngân sách HĐND tỉnh, nhằm cụ "
         "thể hóa Nghị quyết số 05-NQ/TU ngày 25-6-2021 của Ban Chấp hành Đảng bộ tỉnh.",
         {("25/2021/NQ-HĐND", "based_on", "2315/TTr-UBND"), ("25/2021/NQ-HĐND", "based_on", "88/BC-KTNS"),
          ("25/2021/NQ-HĐND", "implements", "05-NQ/TU")}),
        # regression: a report that tells, as its sentence's subject, what the years of carrying B and B2 out gave
        # reviews both ("Báo cáo tổng kết số 286-BC/TU … cho biết, sau 10 năm thực hiện B và B2, …" gave nothing)
        ("Báo cáo tổng kết số 286-BC/TU của Ban Thường vụ Tỉnh ủy cho biết, sau 10 năm thực hiện Nghị quyết số "
         "27-NQ/TW và Chương trình hành động số 42-CTr/TU của Tỉnh ủy, đội ngũ trí thức của tỉnh tăng nhanh.",
         {("286-BC/TU", "reviews", "27-NQ/TW"), ("286-BC/TU", "reviews", "42-CTr/TU")}),
        # … and one named as the source the sentence opens with ("Theo Báo cáo số 356-BC/HU …, sau 2 năm thực hiện B")
        ("Theo Báo cáo số 356-BC/HU ngày 2/5/2023 của Ban Thường vụ Huyện ủy Nghi Lộc, sau 2 năm thực hiện Chỉ thị số "
         "28-CT/TU và Kế hoạch số 45-KH/HU, toàn huyện có 120 mô hình dân vận khéo.",
         {("356-BC/HU", "reviews", "28-CT/TU"), ("356-BC/HU", "reviews", "45-KH/HU")}),
        # regression: a notice of a body's conclusions on the results (or the state) of carrying B out reviews it
        # ("Thông báo số 412-TB/HU … kết luận của Thường trực Huyện ủy về tình hình thực hiện B" gave implements; with
        # "thông báo kết luận của … về kết quả thực hiện B", nothing)
        ("Ban Thường vụ Huyện ủy Can Lộc ban hành Thông báo số 412-TB/HU ngày 6/6/2022 kết luận của Thường trực Huyện "
         "ủy về tình hình thực hiện Nghị quyết số 05-NQ/HU ngày 16/8/2021 về chuyển đổi số.",
         {("412-TB/HU", "reviews", "05-NQ/HU")}),
        ("Văn phòng Tỉnh ủy ban hành Thông báo số 1876-TB/TU thông báo kết luận của Ban Thường vụ Tỉnh ủy về tình "
         "hình, kết quả thực hiện Chỉ thị số 14-CT/TU về phòng, chống ma túy.", {("1876-TB/TU", "reviews", "14-CT/TU")}),
        # regression: the plans a generic "kế hoạch thực hiện B" counts, issued in the next sentence after "Trong đó"
        # (each gave no relation)
        ("Đến nay, 10/10 huyện ủy, thành ủy đã ban hành kế hoạch thực hiện Kế hoạch số 90-KH/TU ngày 26/4/2024 của "
         "Ban Thường vụ Tỉnh ủy thực hiện Nghị quyết số 45-NQ/TW.\n\nTrong đó, Ban Thường vụ Huyện ủy Lục Nam ban hành "
         "Kế hoạch số 150-KH/HU ngày 15/5/2024; Ban Thường vụ Thành ủy Bắc Giang ban hành Kế hoạch số 210-KH/TU.",
         {("90-KH/TU", "implements", "45-NQ/TW"), ("150-KH/HU", "implements", "90-KH/TU"),
          ("210-KH/TU", "implements", "90-KH/TU")}),
        # regression: … and in the clause after B's comma, or listed after "như:" each in brackets after its body (each
        # gave no relation: only a sentence opening "Trong đó" and a list of documents right after the colon were read)
        ("30/30 quận, huyện, thị xã đã ban hành kế hoạch thực hiện Chương trình số 06-CTr/TU của Thành ủy, trong đó "
         "Quận ủy Tây Hồ ban hành Kế hoạch số 40-KH/QU.", {("40-KH/QU", "implements", "06-CTr/TU")}),
        # regression: "cũng như" lists B2 after B as "và" does (B2 carried out nothing)
        ("UBND tỉnh ban hành Kế hoạch số 5/KH-UBND thực hiện Chỉ thị số 12/CT-TTg ngày 5/5/2024 của Thủ tướng Chính "
         "phủ về phòng chống thiên tai, cũng như Nghị quyết số 20/NQ-CP của Chính phủ.",
         {("5/KH-UBND", "implements", "12/CT-TTg"), ("5/KH-UBND", "implements", "20/NQ-CP")}),
        # regression: … or its semicolon
        ("Huyện ủy Đức Hòa, Huyện ủy Bến Lức và Thành ủy Tân An đều đã ban hành kế hoạch thực hiện Nghị quyết 24-NQ/TW; "
         "trong đó Huyện ủy Đức Hòa ban hành Kế hoạch số 150-KH/HU ngày 3/3/2023.",
         {("150-KH/HU", "implements", "24-NQ/TW")}),
        ("Các quận, huyện đã ban hành kế hoạch thực hiện Chương trình số 06-CTr/TU của Thành ủy, như: Quận ủy Tây Hồ "
         "(Kế hoạch số 40-KH/QU), Huyện ủy Gia Lâm (Kế hoạch số 52-KH/HU); UBND thành phố ban hành Chỉ thị số "
         "3/CT-UBND.", {("40-KH/QU", "implements", "06-CTr/TU"), ("52-KH/HU", "implements", "06-CTr/TU")}),
        # regression: a decree that details a resolution "and the measures to carry it out" ("Nghị định số 33/2021/NĐ-CP …
        # quy định chi tiết và biện pháp thi hành Nghị quyết số 131/2020/QH14" gave no relation)
        ("Chính phủ ban hành Nghị định số 33/2021/NĐ-CP ngày 29/3/2021 quy định chi tiết và biện pháp thi hành Nghị quyết "
         "số 131/2020/QH14 về tổ chức chính quyền đô thị tại TPHCM.", {("33/2021/NĐ-CP", "implements", "131/2020/QH14")}),
        # regression: … or "chi tiết thực hiện" it ("Quyết định số 25/2020/QĐ-UBND … quy định chi tiết thực hiện Nghị quyết
        # số 04/2020/NQ-HĐND" gave no relation), or guides it "chi tiết"
        ("UBND tỉnh ban hành Quyết định số 25/2020/QĐ-UBND ngày 15/10/2020 quy định chi tiết thực hiện Nghị quyết số "
         "04/2020/NQ-HĐND ngày 17/7/2020 của HĐND tỉnh.", {("25/2020/QĐ-UBND", "implements", "04/2020/NQ-HĐND")}),
        ("Bộ Tài chính ban hành Thông tư số 53/2022/TT-BTC ngày 12/8/2022 hướng dẫn chi tiết thực hiện Nghị định số "
         "27/2022/NĐ-CP.", {("53/2022/TT-BTC", "implements", "27/2022/NĐ-CP")}),
        ("UBND tỉnh ban hành Quyết định số 12/2023/QĐ-UBND hướng dẫn chi tiết Nghị quyết số 05/2022/NQ-HĐND của HĐND "
         "tỉnh.", {("12/2023/QĐ-UBND", "implements", "05/2022/NQ-HĐND")}),
        # regression: … and each in brackets after its place, not its body ("…, như: huyện Can Lộc (Kế hoạch số
        # 215/KH-UBND), thị xã Hồng Lĩnh (…)": the plans had no issuer, were issued by no one, and carried nothing out)
        ("10/10 huyện, thị xã đã ban hành kế hoạch thực hiện Kế hoạch số 34-KH/TU của Ban Thường vụ Tỉnh ủy, như: huyện "
         "Can Lộc (Kế hoạch số 215/KH-UBND), thị xã Hồng Lĩnh (Kế hoạch số 180/KH-UBND).",
         {("215/KH-UBND", "implements", "34-KH/TU"), ("180/KH-UBND", "implements", "34-KH/TU")}),
        # regression: a document named again by its number after "và" in A's title is one more B, not a sibling of A
        # ("Quyết định số 1535/QĐ-UBND … về Kế hoạch triển khai Nghị quyết 131 và Nghị định 33" carried out 131 alone)
        ("Quốc hội ban hành Nghị quyết số 131/2020/QH14. Chính phủ ban hành Nghị định số 33/2021/NĐ-CP. UBND tỉnh ban "
         "hành Quyết định số 1535/QĐ-UBND ngày 5/5/2021 về Kế hoạch triển khai Nghị quyết 131 và Nghị định 33.",
         {("1535/QĐ-UBND", "implements", "131/2020/QH14"), ("1535/QĐ-UBND", "implements", "33/2021/NĐ-CP")}),
        # … and so is one named again by its symbol alone, though its body's code is A's ("… về thực hiện Kết luận số
        # 20-KL/TU và Chỉ thị số 15/CT-UBND" after the province's directive named in full carried out the conclusion alone)
        ("Ngày 3/4/2024, Chủ tịch UBND tỉnh ký Chỉ thị số 15/CT-UBND về phòng, chống dịch bệnh gia súc. Theo Kế hoạch số "
         "88/KH-UBND ngày 10/4/2024 của UBND huyện Hương Sơn về thực hiện Kết luận số 20-KL/TU và Chỉ thị số "
         "15/CT-UBND, huyện tiêm phòng cho 95% đàn gia súc.",
         {("88/KH-UBND", "implements", "20-KL/TU"), ("88/KH-UBND", "implements", "15/CT-UBND")}),
        # regression: a body named by its level alone after A ("của quận", "của huyện") ended the gap: no relation
        ("Kế hoạch 156 của quận được xây dựng trên cơ sở Chỉ thị số 24/CT-UBND ngày 9/11/2022 của Chủ tịch UBND "
         "Thành phố Hồ Chí Minh.", {("Kế hoạch#156", "based_on", "24/CT-UBND")}),
        ("UBND huyện ban hành Kế hoạch số 156/KH-UBND. Kế hoạch số 156/KH-UBND của huyện nhằm cụ thể hóa Chỉ thị số "
         "24/CT-UBND của Chủ tịch UBND tỉnh.", {("156/KH-UBND", "implements", "24/CT-UBND")}),
        # regression: an item of a higher body named with it after "và" is one more B, not a second source ("Kế
        # hoạch số 10-KH/HU thực hiện … và Chương trình hành động số 18-CTr/TU của Tỉnh ủy Bình Định thực hiện C": the
        # programme was read as co-issued, and the district plan did not implement it)
        ("Ban Thường vụ Huyện ủy ban hành Kế hoạch số 10-KH/HU thực hiện Chỉ thị số 05-CT/TW và Chương trình hành động "
         "số 18-CTr/TU của Tỉnh ủy Bình Định thực hiện Nghị quyết số 19-NQ/TW.",
         {("10-KH/HU", "implements", "05-CT/TW"), ("10-KH/HU", "implements", "18-CTr/TU"),
          ("18-CTr/TU", "implements", "19-NQ/TW")}),
        # regression: a bare noun naming the document back before "căn cứ" was no subject ("Chương trình hành động
        # căn cứ Chương trình hành động số 03/CTr-TLĐ …" gave no basis)
        ("Liên đoàn Lao động thành phố ban hành Chương trình hành động số 15/CTr-LĐLĐ thực hiện Nghị quyết số "
         "02-NQ/TW.\n\nChương trình hành động căn cứ Chương trình hành động số 03/CTr-TLĐ ngày 20/8/2021 của Đoàn Chủ "
         "tịch Tổng Liên đoàn Lao động Việt Nam.",
         {("15/CTr-LĐLĐ", "implements", "02-NQ/TW"), ("15/CTr-LĐLĐ", "based_on", "03/CTr-TLĐ")}),
        # regression: … and so is an item of another body of the same level named with "của" (a trade union's
        # programme "căn cứ … và Kế hoạch số 38-KH/TU … của Thành ủy TP Hồ Chí Minh thực hiện C": no basis)
        ("Liên đoàn Lao động TP Hồ Chí Minh ban hành Chương trình hành động số 15/CTr-LĐLĐ căn cứ Chương trình hành động số "
         "03/CTr-TLĐ của Đoàn Chủ tịch Tổng Liên đoàn Lao động Việt Nam và Kế hoạch số 38-KH/TU ngày 30/8/2021 của "
         "Thành ủy TP Hồ Chí Minh thực hiện Nghị quyết số 02-NQ/TW.",
         {("15/CTr-LĐLĐ", "based_on", "03/CTr-TLĐ"), ("15/CTr-LĐLĐ", "based_on", "38-KH/TU"),
          ("38-KH/TU", "implements", "02-NQ/TW")}),
        # regression: a period right after the symbol ended the citation before its relation ("Chương trình phối hợp
        # số 12/CTrPH-BTNMT-HNDVN giai đoạn 2025 - 2030, thay thế Nghị quyết liên tịch số 05/…" replaced nothing)
        ("Hai bên ký kết Chương trình phối hợp số 12/CTrPH-BTNMT-HNDVN giai đoạn 2025 - 2030, thay thế Nghị quyết liên "
         "tịch số 05/NQLT-BTNMT-HNDVN.", {("12/CTrPH-BTNMT-HNDVN", "replaces", "05/NQLT-BTNMT-HNDVN")}),
        ("UBND tỉnh ban hành Kế hoạch số 12/KH-UBND giai đoạn 2025 - 2030 thực hiện Nghị quyết số 05-NQ/TU.",
         {("12/KH-UBND", "implements", "05-NQ/TU")}),
        # regression: a congress's term after a comma belongs to it: the list of Bs went on past it ("… Nghị quyết Đại
        # hội đại biểu Đảng bộ huyện lần thứ XX, nhiệm kỳ 2020 - 2025 và Chương trình hành động số 18-CTr/TU …")
        ("Ban Chấp hành Đảng bộ huyện ban hành Nghị quyết số 10-NQ/HU nhằm cụ thể hóa Nghị quyết Đại hội đại biểu "
         "Đảng bộ huyện lần thứ XX, nhiệm kỳ 2020 - 2025 và Chương trình hành động số 18-CTr/TU ngày 25/7/2022 của "
         "Tỉnh ủy Bình Định thực hiện Nghị quyết số 19-NQ/TW.",
         {("10-NQ/HU", "implements", "Nghị quyết#"), ("10-NQ/HU", "implements", "18-CTr/TU"),
          ("18-CTr/TU", "implements", "19-NQ/TW")}),
        # regression: a new document's phrase after its description, past the words a description may have before it
        # ("… ban hành Kế hoạch phát triển kinh tế ban đêm trên địa bàn thành phố giai đoạn 2024 - 2030, nhằm cụ thể
        # hóa B" gave no relation)
        ("Ngày 15/4/2024, UBND thành phố Vinh ban hành Kế hoạch phát triển kinh tế ban đêm trên địa bàn thành phố giai "
         "đoạn 2024 - 2030, nhằm cụ thể hóa Nghị quyết số 10-NQ/TU ngày 2/3/2024 của Ban Thường vụ Thành ủy Vinh.",
         {("Kế hoạch#", "implements", "10-NQ/TU")}),
        # regression: the list of Bs after a phrase that ends A's title goes on past the title's end ("Hướng dẫn số
        # 15-HD/BTGHU về tuyên truyền …, thực hiện Kế hoạch số 312-KH/HU … và Hướng dẫn số 120-HD/BTGTU …" lost the
        # second B)
        ("Ban Tuyên giáo Huyện ủy Can Lộc ban hành Hướng dẫn số 15-HD/BTGHU về tuyên truyền kỷ niệm 95 năm Ngày thành "
         "lập Đảng Cộng sản Việt Nam, thực hiện Kế hoạch số 312-KH/HU ngày 5-1-2025 của Ban Thường vụ Huyện ủy và "
         "Hướng dẫn số 120-HD/BTGTU ngày 28-12-2024 của Ban Tuyên giáo Tỉnh ủy.",
         {("15-HD/BTGHU", "implements", "312-KH/HU"), ("15-HD/BTGHU", "implements", "120-HD/BTGTU")}),
        # regression: a lead's main clause of a plural subject issuing a generic plan, then the plans listed in the next
        # sentence after "Cụ thể," (each gave no relation)
        ("Thực hiện Chỉ thị số 20/CT-UBND ngày 12/8/2024 của Chủ tịch UBND tỉnh về phòng, chống thiên tai, các huyện, "
         "thị xã, thành phố đã ban hành kế hoạch triển khai.\n\nCụ thể, UBND huyện Can Lộc ban hành Kế hoạch số "
         "412/KH-UBND ngày 16/8/2024; huyện Đức Thọ ban hành Kế hoạch số 380/KH-UBND ngày 19/8/2024.",
         {("412/KH-UBND", "implements", "20/CT-UBND"), ("380/KH-UBND", "implements", "20/CT-UBND")}),
        # described documents: "kế hoạch nghiên cứu, quán triệt B"; "văn bản chỉ đạo triển khai B (Công văn …)"
        ("Thành ủy vừa ban hành kế hoạch nghiên cứu, quán triệt Chỉ thị số 20-CT/TW ngày 12-12-2022 của Ban Bí thư.",
         {("Kế hoạch#", "implements", "20-CT/TW")}),
        ("UBND tỉnh vừa có văn bản chỉ đạo triển khai Chương trình hành động số 04-CTr/TU của Tỉnh ủy "
         "(Công văn số 1483/UBND-THNC, ngày 17/11/2020).",
         {("1483/UBND-THNC", "implements", "04-CTr/TU")}),
        ("Riêng một kế hoạch được huyện thiết kế để thực hiện đồng thời hai chương trình: Chương trình số "
         "02-CTr/TU và Chương trình số 04-CTr/TU.",
         {("Kế hoạch#", "implements", "02-CTr/TU"), ("Kế hoạch#", "implements", "04-CTr/TU")}),
        ("UBND tỉnh ban hành Chỉ thị số 12/CT-UBND. Trước đó, Sở Tư pháp đã có Công văn số 2365/STP-VP "
         "ngày 10/5/2019 chỉ đạo triển khai Chỉ thị này.",
         {("2365/STP-VP", "implements", "12/CT-UBND")}),
        # "theo tinh thần B": the document named last before it in the paragraph
        ("UBND tỉnh vừa thông qua Đề án phát triển phong trào.\nĐề án được triển khai trong 6 năm; các biện pháp "
         "được thực hiện theo tinh thần Chỉ thị số 09-CT/TW ngày 1.12.2011.",
         {("Đề án#", "implements", "09-CT/TW")}),
        # regression: … not when the phrase opens a sentence whose main clause is of no document ("Nay, theo tinh thần
        # Nghị quyết 06, thị xã ta cần …" in a speech made the Thị ủy's older directive implement the resolution)
        ("Năm 2020, Ban Thường vụ Thị ủy đã ban hành Chỉ thị số 12-CT/TU về chỉnh trang đô thị. Chỉ thị đó đã phát huy "
         "hiệu quả. Nay, theo tinh thần Nghị quyết số 06-NQ/TW, thị xã ta cần một tầm nhìn dài hơn.", set()),
        ("Ban Thường vụ Thị ủy đã ban hành Kế hoạch số 12-KH/TU về chỉnh trang đô thị. Theo tinh thần Nghị quyết số "
         "06-NQ/TW, Kế hoạch yêu cầu các phường rà soát quy hoạch.", {("12-KH/TU", "implements", "06-NQ/TW")}),
        # the last listed document has a clause of its own before the main clause
        ("Căn cứ Luật số 15/2012/QH13 và Luật số 67/2020/QH14 sửa đổi, bổ sung một số điều của Luật Xử lý vi "
         "phạm hành chính, Bộ Công an đã ban hành Thông tư số 65/2020/TT-BCA.",
         {("65/2020/TT-BCA", "based_on", "15/2012/QH13"), ("65/2020/TT-BCA", "based_on", "67/2020/QH14"),
          ("67/2020/QH14", "amends", "Luật#")}),
        ("UBND tỉnh ban hành Quyết định số 123/QĐ-UBND ngày 5/3/2024 theo đề nghị tại Tờ trình số 45/TTr-SNV "
         "của Sở Nội vụ.",
         {("123/QĐ-UBND", "based_on", "45/TTr-SNV")}),
        # regression: a proposal listed after "; " ends the title of the basis before it, whatever commas the proposing
        # body's name holds ("… về phát triển du lịch; theo đề nghị của Giám đốc Sở Văn hóa, Thể thao và Du lịch tại Tờ
        # trình số …" read the proposal into that title and based A on nothing of it)
        ("UBND tỉnh vừa ban hành Quyết định số 2415/QĐ-UBND ngày 5/10/2023. Quyết định được ban hành căn cứ Nghị định "
         "số 98/2018/NĐ-CP ngày 5/7/2018 của Chính phủ về chính sách khuyến khích phát triển hợp tác, liên kết trong "
         "sản xuất và tiêu thụ sản phẩm nông nghiệp; theo đề nghị của Giám đốc Sở Lao động - Thương binh và Xã hội, "
         "Giám đốc Sở Tài chính tại Tờ trình số 312/TTr-SLĐTBXH-STC ngày 20/9/2023.",
         {("2415/QĐ-UBND", "based_on", "98/2018/NĐ-CP"), ("2415/QĐ-UBND", "based_on", "312/TTr-SLĐTBXH-STC")}),
        # amends and replaces
        ("Quyết định số 24/2023/QĐ-UBND sửa đổi, bổ sung một số điều của Quyết định số 15/2020/QĐ-UBND.",
         {("24/2023/QĐ-UBND", "amends", "15/2020/QĐ-UBND")}),
        ("Trung ương Đoàn ban hành Quyết định số 412-QĐ/TWĐTN-VP. Quyết định này thay thế Quyết định số "
         "1836-QĐ/TWĐTN.",
         {("412-QĐ/TWĐTN-VP", "replaces", "1836-QĐ/TWĐTN")}),
        # documents listed in one title stay in that title
        ("Chương trình hành động số 448-CTr/TU của Ban Thường vụ Tỉnh ủy về thực hiện Chỉ thị số 09-CT/TW; "
         "Kế hoạch số 177-KH/TU của Ban Thường vụ Tỉnh ủy về thực hiện Kết luận số 44-KL/TW.",
         {("448-CTr/TU", "implements", "09-CT/TW"), ("177-KH/TU", "implements", "44-KL/TW")}),
        # "nhằm cụ thể hóa" is a stronger implements; "Chỉ thị này" is the one just issued
        ("Ban Thường vụ Tỉnh ủy ban hành Chỉ thị số 31-CT/TU về công tác phòng, chống tham nhũng. Chỉ thị "
         "này được ban hành nhằm cụ thể hóa Kết luận số 12-KL/TW ngày 6/4/2022 của Bộ Chính trị và Quy định "
         "69-QĐ/TW.",
         {("31-CT/TU", "implements", "12-KL/TW"), ("31-CT/TU", "implements", "69-QĐ/TW")}),
        # the passive puts the later document second
        ("Nghị định 59/2019/NĐ-CP được sửa đổi, bổ sung bởi Nghị định số 134/2021/NĐ-CP của Chính phủ.",
         {("134/2021/NĐ-CP", "amends", "59/2019/NĐ-CP")}),
        ("Quyết định số 20/2020/QĐ-UBND đã được thay thế bởi Quyết định số 15/2023/QĐ-UBND của UBND tỉnh.",
         {("15/2023/QĐ-UBND", "replaces", "20/2020/QĐ-UBND")}),
        # regression: passives that carry B out by a guide, a plan or a detail ("Quy định 22-QĐ/TW được Ủy ban Kiểm tra
        # Trung ương hướng dẫn tại A", "B được hướng dẫn bởi A", "B được triển khai bằng A", "… cụ thể hóa tại A") gave none
        ("Quy định 22-QĐ/TW được Ủy ban Kiểm tra Trung ương hướng dẫn tại Hướng dẫn số 02-HD/UBKTTW.",
         {("02-HD/UBKTTW", "implements", "22-QĐ/TW")}),
        ("Luật Đất đai số 31/2024/QH15 được hướng dẫn bởi Nghị định số 102/2024/NĐ-CP.",
         {("102/2024/NĐ-CP", "implements", "31/2024/QH15")}),
        ("Nghị quyết số 57-NQ/TW được Tỉnh ủy triển khai bằng Kế hoạch số 12-KH/TU.", {("12-KH/TU", "implements", "57-NQ/TW")}),
        # regression: "X đã thực hiện B về … bằng A": B's title ran on over "bằng A", and A carried out nothing
        ("Trước sắp xếp, Thành ủy Tân An đã thực hiện Nghị quyết số 04-NQ/TU ngày 25/5/2021 của Ban Chấp hành Đảng bộ tỉnh "
         "Long An về phát triển đô thị Tân An giai đoạn 2021-2025 bằng Chương trình số 19-CTr/TU ngày 30/6/2021.",
         {("19-CTr/TU", "implements", "04-NQ/TU")}),
        ("Chỉ thị 35-CT/TW được cụ thể hóa tại Kế hoạch số 12-KH/TU.", {("12-KH/TU", "implements", "35-CT/TW")}),
        # regression: more passives that make B concrete in A or roll it out through A ("được … cụ thể hóa bằng việc ban
        # hành A", "… cụ thể hóa thành A", "… triển khai thực hiện bằng A", "… triển khai qua A", "… triển khai theo A",
        # "… thể chế hóa bằng A") gave none
        ("Kết luận số 14-KL/TW của Bộ Chính trị đã được Ban Thường vụ Tỉnh ủy cụ thể hóa bằng việc ban hành Kế hoạch số "
         "86-KH/TU ngày 3/11/2021.", {("86-KH/TU", "implements", "14-KL/TW")}),
        ("Nghị quyết số 19-NQ/TW được cụ thể hóa thành Chương trình hành động số 41-CTr/TU của Tỉnh ủy.",
         {("41-CTr/TU", "implements", "19-NQ/TW")}),
        ("Chỉ thị số 21-CT/TW của Ban Bí thư được Huyện ủy triển khai thực hiện bằng Kế hoạch số 62-KH/HU.",
         {("62-KH/HU", "implements", "21-CT/TW")}),
        ("Quy định số 144-QĐ/TW được Đảng ủy xã triển khai qua Kế hoạch số 07-KH/ĐU ngày 15/7/2024.",
         {("07-KH/ĐU", "implements", "144-QĐ/TW")}),
        ("Chỉ thị số 30-CT/TW được Thành ủy triển khai theo Công văn số 512-CV/TU ngày 2/4/2024.",
         {("512-CV/TU", "implements", "30-CT/TW")}),
        ("Nghị quyết số 66-NQ/TW đã được HĐND tỉnh thể chế hóa bằng Nghị quyết số 21/2025/NQ-HĐND.",
         {("21/2025/NQ-HĐND", "implements", "66-NQ/TW")}),
        # regression: a list opening its sentence as the subject of such a passive is carried out item by item ("Trong
        # đó, B1, B2 và B3 đã được … cụ thể hóa bằng A" gave only B3), not a lead's list ("Căn cứ B1 và B2 được hướng
        # dẫn tại A": B2's guide)
        ("Trong đó, Chỉ thị số 35-CT/TW, Hướng dẫn số 26-HD/BTCTW và Kết luận số 132-KL/TW đã được Ban Thường vụ Tỉnh "
         "ủy cụ thể hóa bằng Kế hoạch số 204-KH/TU.",
         {("204-KH/TU", "implements", "35-CT/TW"), ("204-KH/TU", "implements", "26-HD/BTCTW"),
          ("204-KH/TU", "implements", "132-KL/TW")}),
        ("Nghị quyết số 26-NQ/TW và Nghị quyết số 27-NQ/TW được Tỉnh ủy triển khai bằng Chương trình hành động số "
         "39-CTr/TU.", {("39-CTr/TU", "implements", "26-NQ/TW"), ("39-CTr/TU", "implements", "27-NQ/TW")}),
        ("Căn cứ Nghị định số 15/2018/NĐ-CP và Nghị định số 77/2016/NĐ-CP được hướng dẫn tại Thông tư số "
         "43/2018/TT-BYT.", {("43/2018/TT-BYT", "implements", "77/2016/NĐ-CP")}),
        # regression: documents listed bare as their sentence's subject, the purpose right after the last, each carry
        # B out ("B1 và B2 nhằm cụ thể hóa C" gave only B2's)
        ("Quyết định số 1207/QĐ-UBND và Công văn số 3310/UBND-KT nhằm cụ thể hóa Chỉ thị số 31/CT-TTg của Thủ tướng "
         "Chính phủ.", {("1207/QĐ-UBND", "implements", "31/CT-TTg"), ("3310/UBND-KT", "implements", "31/CT-TTg")}),
        ("Ngoài ra, Kế hoạch số 45/KH-UBND, Kế hoạch số 46/KH-UBND để triển khai Nghị quyết số 06-NQ/TU của Tỉnh ủy.",
         {("45/KH-UBND", "implements", "06-NQ/TU"), ("46/KH-UBND", "implements", "06-NQ/TU")}),
        # regression: a bare item of B1's local code after A's title, at the clause's end, is a second B though A has that
        # code too ("A về sơ kết … thực hiện Nghị quyết số 10-NQ/TU và Chỉ thị số 05-CT/TU." reviewed only B1); one with
        # a title of its own is A's sibling
        ("Ban Thường vụ Huyện ủy ban hành Kế hoạch số 71-KH/HU về tổng kết 10 năm thực hiện Nghị quyết số 03-NQ/HU và "
         "Chỉ thị số 12-CT/HU.", {("71-KH/HU", "reviews", "03-NQ/HU"), ("71-KH/HU", "reviews", "12-CT/HU")}),
        ("Thường trực Tỉnh ủy ban hành Thông báo kết luận số 860-TB/TU về tình hình thực hiện Nghị quyết số 08-NQ/TU, "
         "Chỉ thị số 21-CT/TU; giao Ban Tuyên giáo theo dõi.",
         {("860-TB/TU", "reviews", "08-NQ/TU"), ("860-TB/TU", "reviews", "21-CT/TU")}),
        ("Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 88-KH/TU về thực hiện Nghị quyết số 04-NQ/TU và Chỉ thị số 09-CT/TU "
         "về tăng cường công tác bảo vệ rừng.", {("88-KH/TU", "implements", "04-NQ/TU")}),
        # regression: a passive after the short name B declares ("B (gọi tắt là Nghị quyết 26) đã được Tỉnh ủy cụ thể hóa
        # bằng A") gave none
        ("Nghị quyết số 26-NQ/TW ngày 30/7/2013 của Bộ Chính trị (gọi tắt là Nghị quyết 26) đã được Tỉnh ủy Nghệ An cụ "
         "thể hóa bằng Chương trình hành động số 25-CTr/TU ngày 12/3/2014.", {("25-CTr/TU", "implements", "26-NQ/TW")}),
        ("Chỉ thị số 13-CT/TW của Ban Bí thư (sau đây viết tắt là Chỉ thị 13) được Huyện ủy triển khai bằng Kế hoạch số "
         "48-KH/HU.", {("48-KH/HU", "implements", "13-CT/TW")}),
        # regression: a passive with its agent after B's title ("B về … đã được Tỉnh ủy cụ thể hóa bằng A") gave none
        ("Quy định số 144-QĐ/TW ngày 9/5/2024 của Bộ Chính trị về chuẩn mực đạo đức cách mạng của cán bộ, đảng "
         "viên trong giai đoạn mới đã được Tỉnh ủy Thái Bình cụ thể hóa bằng Kế hoạch số 215-KH/TU ngày 28/6/2024.",
         {("215-KH/TU", "implements", "144-QĐ/TW")}),
        # regression: a phrase after the comma that ends a long title says what A does to B
        ("Ngày 3/10/2025, UBND xã Đồng Lộc ban hành Kế hoạch số 15/KH-UBND về ra quân làm đường giao thông "
         "nông thôn năm 2025, thực hiện Nghị quyết số 02-NQ/ĐU ngày 12/8/2025 của Ban Chấp hành Đảng bộ xã.",
         {("15/KH-UBND", "implements", "02-NQ/ĐU")}),
        # regression: … with a purpose before the phrase ("…, nhằm tiếp tục triển khai thực hiện B") gave none
        ("Ban Chỉ đạo 35 Tỉnh ủy vừa ban hành Kế hoạch số 12-KH/BCĐ ngày 18/1/2024 về công tác bảo vệ nền tảng "
         "tư tưởng của Đảng năm 2024, nhằm tiếp tục triển khai thực hiện hiệu quả Nghị quyết số 35-NQ/TW ngày "
         "22/10/2018 của Bộ Chính trị.", {("12-KH/BCĐ", "implements", "35-NQ/TW")}),
        ("Ban Thường vụ Tỉnh ủy ban hành Thông tri số 05-TT/TU về lãnh đạo cuộc bầu cử đại biểu Quốc hội khóa "
         "XV và đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2021 - 2026, thực hiện Chỉ thị số 45-CT/TW ngày "
         "20/6/2020 của Bộ Chính trị.",
         {("05-TT/TU", "implements", "45-CT/TW")}),
        # regression: the object of the phrase is a regulation the cited decision carries
        ("UBND tỉnh ban hành Quyết định số 12/2024/QĐ-UBND ngày 5/3/2024 sửa đổi, bổ sung một số điều của Quy "
         "định ban hành kèm theo Quyết định số 45/2020/QĐ-UBND ngày 10/12/2020 của UBND tỉnh.",
         {("12/2024/QĐ-UBND", "amends", "45/2020/QĐ-UBND")}),
        # regression: a lead's main clause whose verb is "có" before a numbered document, whose
        # subject is a level word, or opened by "Nhằm triển khai"
        ("Thực hiện Chỉ thị số 35-CT/TW, Ban Thường vụ Tỉnh ủy có Kế hoạch số 12-KH/TU ngày 5/7/2024.",
         {("12-KH/TU", "implements", "35-CT/TW")}),
        ("Triển khai Nghị quyết số 57-NQ/TW, tỉnh đã ban hành Kế hoạch số 12-KH/TU.",
         {("12-KH/TU", "implements", "57-NQ/TW")}),
        # regression: … whose level word acts with an adverb of going on or of haste before the verb ("…, tỉnh tiếp
        # tục ban hành A", "…, thành phố khẩn trương ban hành A" gave nothing)
        ("Sau khi có Nghị quyết số 58/NQ-CP ngày 8/5/2024 của Chính phủ, tỉnh tiếp tục ban hành Kế hoạch số 141/KH-UBND "
         "ngày 30/5/2024.", {("141/KH-UBND", "implements", "58/NQ-CP")}),
        ("Triển khai Quyết định số 1256/QĐ-TTg của Thủ tướng Chính phủ, thành phố khẩn trương ban hành Kế hoạch số "
         "205/KH-UBND.", {("205/KH-UBND", "implements", "1256/QĐ-TTg")}),
        # … past the title of B, which ends there ("… về tiếp tục đẩy mạnh công tác cải cách hành chính, tỉnh tiếp tục ban
        # hành A": the title ran on over the clause)
        ("Sau khi có Chỉ thị số 23/CT-TTg ngày 2/9/2024 của Thủ tướng Chính phủ về đẩy mạnh cải cách hành chính, tỉnh "
         "tiếp tục ban hành Kế hoạch số 188/KH-UBND ngày 20/9/2024.", {("188/KH-UBND", "implements", "23/CT-TTg")}),
        ("Thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị, ngày 3/3/2025 Tỉnh ủy ban hành Kế "
         "hoạch số 12-KH/TU.",
         {("12-KH/TU", "implements", "57-NQ/TW")}),
        ("Nhằm triển khai có hiệu quả Nghị quyết số 57-NQ/TW của Bộ Chính trị, UBND huyện ban hành Kế hoạch số "
         "45/KH-UBND.",
         {("45/KH-UBND", "implements", "57-NQ/TW")}),
        # regression: … after a word that tells when ("trước đó", "gần đây") before a subject of many words, past B's
        # title (the title ran on over the clause, and A carried out nothing)
        ("Thực hiện Kết luận số 126-KL/TW ngày 14/02/2025 của Bộ Chính trị, Ban Bí thư về một số chủ trương sắp xếp, "
         "tinh gọn tổ chức bộ máy, trước đó Ban Thường vụ Huyện ủy Can Lộc đã ban hành Kế hoạch số 210-KH/HU ngày "
         "20/02/2025.",
         {("210-KH/HU", "implements", "126-KL/TW")}),
        ("Triển khai Chỉ thị số 07/CT-TTg ngày 14/3/2024 của Thủ tướng Chính phủ về đẩy mạnh cải cách hành chính, gần "
         "đây Ban Chỉ đạo chuyển đổi số huyện Thạch Hà đã ban hành Kế hoạch số 33/KH-BCĐ.",
         {("33/KH-BCĐ", "implements", "07/CT-TTg")}),
        # regression: "thực hiện chỉ đạo (của X) tại B", opening the clause or after A
        ("Thực hiện chỉ đạo của Ban Thường vụ Tỉnh ủy tại Công văn số 123-CV/TU ngày 3/3/2024, UBND tỉnh đã ban "
         "hành Kế hoạch số 45/KH-UBND ngày 10/3/2024.",
         {("45/KH-UBND", "implements", "123-CV/TU")}),
        ("Đảng ủy xã đã ban hành Kế hoạch số 05-KH/ĐU thực hiện chỉ đạo tại Thông báo số 12-TB/TU.",
         {("05-KH/ĐU", "implements", "12-TB/TU")}),
        # regression: documents issued in one list all do what the phrase after the list says
        ("Tỉnh ủy ban hành Chỉ thị số 05-CT/TU, Kế hoạch số 06-KH/TU và Hướng dẫn số 07-HD/TU để triển khai Nghị "
         "quyết số 57-NQ/TW.",
         {("05-CT/TU", "implements", "57-NQ/TW"), ("06-KH/TU", "implements", "57-NQ/TW"),
          ("07-HD/TU", "implements", "57-NQ/TW")}),
        # … not a list that is no one's issue
        ("Tiếp tục quán triệt Chỉ thị số 05-CT/TU và Kế hoạch số 06-KH/TU thực hiện Nghị quyết số 57-NQ/TW.",
         {("06-KH/TU", "implements", "57-NQ/TW")}),
        # regression: plans of one type listed before the last one's title share it ("theo Kế hoạch số 01-KH/TW … của
        # Bộ Chính trị và Kế hoạch số 12-KH/TU … về học tập, … triển khai thực hiện B": only the last plan carried out B)
        ("Hội nghị được tổ chức theo Kế hoạch số 15-KH/TW ngày 2/3/2026 của Bộ Chính trị và Kế hoạch số 40-KH/TU ngày "
         "12/3/2026 của Ban Thường vụ Tỉnh ủy về học tập, quán triệt và triển khai thực hiện Nghị quyết số 79-NQ/TW.",
         {("15-KH/TW", "implements", "79-NQ/TW"), ("40-KH/TU", "implements", "79-NQ/TW")}),
        # … not a document of another type before it
        ("Huyện ủy quán triệt Chỉ thị số 05-CT/TU ngày 3/3/2026 và Kế hoạch số 06-KH/TU ngày 5/3/2026 về triển khai thực "
         "hiện Nghị quyết số 57-NQ/TW.",
         {("06-KH/TU", "implements", "57-NQ/TW")}),
        # regression: a purpose before the phrase ("để lãnh đạo, chỉ đạo …"), a review among its words
        ("Ban Thường vụ Tỉnh ủy đã ban hành Kế hoạch số 20-KH/TU ngày 5/5/2024 để lãnh đạo, chỉ đạo triển khai "
         "thực hiện Chỉ thị số 35-CT/TW.",
         {("20-KH/TU", "implements", "35-CT/TW")}),
        ("Tỉnh ủy ban hành Kế hoạch số 20-KH/TU nhằm tổ chức tổng kết việc thực hiện Chỉ thị số 35-CT/TW.",
         {("20-KH/TU", "reviews", "35-CT/TW")}),
        # regression: … the verbs of taking B up listed last ("để lãnh đạo, chỉ đạo việc học tập, quán triệt, tuyên truyền
        # và triển khai thực hiện B": more than the purpose's six words, no relation)
        ("Ban Thường vụ Tỉnh ủy đã ban hành Kế hoạch số 152-KH/TU ngày 18/12/2023 để lãnh đạo, chỉ đạo việc học tập, "
         "quán triệt, tuyên truyền và triển khai thực hiện Nghị quyết số 43-NQ/TW.",
         {("152-KH/TU", "implements", "43-NQ/TW")}),
        ("Huyện ủy ban hành Kế hoạch số 61-KH/HU để tổ chức nghiên cứu, học tập, quán triệt và triển khai Kết luận số "
         "21-KL/TW.",
         {("61-KH/HU", "implements", "21-KL/TW")}),
        # regression: "cụ thể hóa bằng Kế hoạch …" issues the plan the lead's main clause names
        ("Thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị, Ban Thường vụ Tỉnh ủy đã cụ thể hóa bằng Kế hoạch "
         "số 12-KH/TU ngày 3/3/2025.",
         {("12-KH/TU", "implements", "57-NQ/TW")}),
        # regression: an adverb between the citing document and its phrase
        ("UBND tỉnh ban hành Kế hoạch số 3456/KH-UBND ngày 25/9/2023. Kế hoạch số 3456/KH-UBND cũng căn cứ "
         "Luật Du lịch năm 2017 và Nghị định số 168/2017/NĐ-CP của Chính phủ.",
         {("3456/KH-UBND", "based_on", "Luật#"), ("3456/KH-UBND", "based_on", "168/2017/NĐ-CP")}),
        # regression: a preamble of leads, one clause each, before the main clause that issues A
        ("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015; căn cứ Nghị định số 30/2020/NĐ-CP ngày "
         "05/3/2020 của Chính phủ về công tác văn thư; theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số "
         "245/TTr-SNV ngày 2/3/2024, Chủ tịch UBND tỉnh đã ký Quyết định số 987/QĐ-UBND ngày 10/3/2024.",
         {("987/QĐ-UBND", "based_on", "Luật#"), ("987/QĐ-UBND", "based_on", "30/2020/NĐ-CP"),
          ("987/QĐ-UBND", "based_on", "245/TTr-SNV")}),
        # regression: "có hiệu lực … và thay thế"
        ("UBND tỉnh ban hành Quyết định số 987/QĐ-UBND. Quyết định có hiệu lực kể từ ngày ký và thay thế "
         "Quyết định số 1122/QĐ-UBND ngày 1/4/2019.",
         {("987/QĐ-UBND", "replaces", "1122/QĐ-UBND")}),
        # … and a start day written out in words, the gap past eight words: no relation
        ("Nghị quyết số 27/2024/NQ-HĐND có hiệu lực thi hành kể từ ngày 01 tháng 01 năm 2025 và thay thế Nghị quyết số "
         "13/2019/NQ-HĐND ngày 12 tháng 7 năm 2019 của Hội đồng nhân dân tỉnh.",
         {("27/2024/NQ-HĐND", "replaces", "13/2019/NQ-HĐND")}),
        # regression: "A … triển khai B về …, và thay thế C" after B's title is A's second act, as after B alone (B's
        # title ran on over C, and B replaced C)
        ("Ban Thường vụ Tỉnh ủy ban hành Chỉ thị số 29-CT/TU. Chỉ thị được ban hành nhằm quán triệt, triển khai Chỉ "
         "thị số 23-CT/TW ngày 25/5/2023 của Ban Bí thư về tăng cường sự lãnh đạo của Đảng đối với công tác bảo đảm "
         "trật tự, an toàn giao thông trong tình hình mới, và thay thế Chỉ thị số 14-CT/TU ngày 10/12/2012 của Ban "
         "Thường vụ Tỉnh ủy.",
         {("29-CT/TU", "implements", "23-CT/TW"), ("29-CT/TU", "replaces", "14-CT/TU")}),
        ("Chỉ thị số 29-CT/TU triển khai Chỉ thị số 23-CT/TW của Ban Bí thư về bảo đảm trật tự, an toàn giao thông "
         "và thay thế Chỉ thị số 14-CT/TU của Ban Thường vụ Tỉnh ủy.",
         {("29-CT/TU", "implements", "23-CT/TW"), ("29-CT/TU", "replaces", "14-CT/TU")}),
        # regression: the review a sentence's opening document organises ("Theo Kế hoạch 212, việc tổng kết …") is that
        # document's, not the review plan named before (13-KH/TW reviewed the programme)
        ("Thực hiện Kế hoạch số 13-KH/TW ngày 10/4/2023 của Bộ Chính trị về tổng kết 10 năm thực hiện Nghị quyết số "
         "29-NQ/TW, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 212-KH/TU ngày 05/5/2023. Theo Kế hoạch 212, việc tổng "
         "kết phải đánh giá kết quả 10 năm thực hiện Nghị quyết 29 và Chương trình hành động số 48-CTr/TU của Tỉnh ủy.",
         {("13-KH/TW", "reviews", "29-NQ/TW"), ("212-KH/TU", "implements", "13-KH/TW"),
          ("212-KH/TU", "reviews", "29-NQ/TW"), ("212-KH/TU", "reviews", "48-CTr/TU")}),
        # regression: what is carried out after a comma that follows B inside A's title, B with no title of its own, is
        # A's second act ("A về sơ kết 5 năm thực hiện B, triển khai C" gave B carrying out C)
        ("Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 121-KH/TU ngày 15/3/2019 về sơ kết 5 năm thực hiện Nghị quyết số "
         "33-NQ/TW, triển khai Hướng dẫn số 45-HD/BTGTW của Ban Tuyên giáo Trung ương.",
         {("121-KH/TU", "reviews", "33-NQ/TW"), ("121-KH/TU", "implements", "45-HD/BTGTW")}),
        # regression: a report that "đã sơ kết" is a review too
        ("Báo cáo số 55-BC/TU ngày 10/3/2018 của Ban Thường vụ Tỉnh ủy đã sơ kết 10 năm thực hiện Nghị quyết "
         "số 23-NQ/TW.",
         {("55-BC/TU", "reviews", "23-NQ/TW")}),
        # regression: the plans a generic "kế hoạch thực hiện B" stands for, listed after "như:"
        ("Các huyện ủy đã ban hành kế hoạch thực hiện Chương trình hành động số 45-CTr/TU, như: Kế hoạch số "
         "112-KH/HU ngày 3/3/2023 của Huyện ủy Lục Nam; Kế hoạch số 98-KH/HU ngày 7/3/2023 của Huyện ủy Yên Thế.",
         {("112-KH/HU", "implements", "45-CTr/TU"), ("98-KH/HU", "implements", "45-CTr/TU")}),
        # regression: … and after a few words telling when B was carried out
        ("Nhiều tỉnh ủy phía Bắc đã ban hành văn bản thực hiện Nghị quyết số 57-NQ/TW ngay trong tháng 1/2025, như: "
         "Kế hoạch số 158-KH/TU ngày 14/1/2025 của Ban Thường vụ Tỉnh ủy Tuyên Quang; Chương trình hành động số "
         "62-CTr/TU ngày 20/1/2025 của Tỉnh ủy Lào Cai.",
         {("158-KH/TU", "implements", "57-NQ/TW"), ("62-CTr/TU", "implements", "57-NQ/TW")}),
        # … those of the noun's type only
        ("Các địa phương đã ban hành kế hoạch triển khai Chỉ thị số 35-CT/TW, gồm: Kế hoạch số 12-KH/HU và "
         "Báo cáo số 20-BC/HU.",
         {("12-KH/HU", "implements", "35-CT/TW")}),
        # regression: "trên cơ sở" after the document, not only opening a clause
        ("Ngày 15/8/2025, Đảng ủy xã ban hành Kế hoạch số 12-KH/ĐU. Kế hoạch được xây dựng trên cơ sở Chương "
         "trình hành động số 02-CTr/TU ngày 20/7/2025 của Ban Chấp hành Đảng bộ tỉnh.",
         {("12-KH/ĐU", "based_on", "02-CTr/TU")}),
        # regression: the plan a decision approves is the decision, which implements what the plan does
        ("UBND tỉnh Lâm Đồng vừa ban hành Quyết định số 1234/QĐ-UBND ngày 12/5/2023 phê duyệt Kế hoạch thực "
         "hiện Chỉ thị số 04/CT-TTg ngày 11/2/2022 của Thủ tướng Chính phủ.",
         {("1234/QĐ-UBND", "implements", "04/CT-TTg")}),
        # regression: a lead with the years spent on B ("Sau 5 năm thực hiện B, …") whose main clause
        # issues a review gave no relation
        ("Sau 5 năm thực hiện Kết luận số 44-KL/TW ngày 22/1/2019 của Ban Bí thư, Ban Thường vụ Tỉnh ủy đã ban "
         "hành Báo cáo số 245-BC/TU sơ kết việc thực hiện.",
         {("245-BC/TU", "reviews", "44-KL/TW")}),
        ("Qua 10 năm triển khai thực hiện Chỉ thị số 05-CT/TW, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số "
         "88-KH/TU về tổng kết 10 năm thực hiện Chỉ thị.",
         {("88-KH/TU", "reviews", "05-CT/TW")}),
        # regression: an assessment of B's years ("Đánh giá 5 năm thực hiện B, X ban hành Báo cáo A") opened no lead
        ("Đánh giá 5 năm thực hiện Nghị quyết 43, Ban Thường vụ Thành ủy đã ban hành Báo cáo số 512-BC/TU ngày "
         "12/3/2024, chỉ rõ còn 4/19 chỉ tiêu khó đạt.",
         {("512-BC/TU", "reviews", "Nghị quyết#43")}),
        # regression: a lead that is the review of B's years ("Tổng kết 7 năm thực hiện B, X ban hành A") gave nothing:
        # only "Sau/Qua N năm" opened a lead; what the review gave reviews B, unless it says it goes on with B
        ("Tổng kết 7 năm thực hiện Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Hội nghị Trung ương 6 khóa XII “Một số "
         "vấn đề về tiếp tục đổi mới, sắp xếp tổ chức bộ máy”, Ban Chấp hành Trung ương đã ban hành Kết luận số "
         "121-KL/TW ngày 24/01/2025.",
         {("121-KL/TW", "reviews", "18-NQ/TW")}),
        # regression: a province's document reviews no district's listed after its title's review, as the centre's none
        # of a province ("Kế hoạch số 271-KH/TU … của Ban Thường vụ Tỉnh ủy về tổng kết … Nghị quyết 33 và Kế hoạch số
        # 158-KH/TU của Ban Thường vụ Thành ủy Thuận An" reviewed 158)
        ("Hội nghị được tổ chức theo Kế hoạch số 271-KH/TU ngày 28/11/2023 của Ban Thường vụ Tỉnh ủy về tổng kết 10 năm "
         "thực hiện Nghị quyết số 33-NQ/TW và Kế hoạch số 158-KH/HU của Ban Thường vụ Huyện ủy Đức Thọ.",
         {("271-KH/TU", "reviews", "33-NQ/TW")}),
        ("Năm 2023, sơ kết 5 năm thực hiện Nghị quyết 35-NQ/TW, Ban Thường vụ Tỉnh ủy ban hành Báo cáo số 215-BC/TU "
         "ngày 20/9/2023.",
         {("215-BC/TU", "reviews", "35-NQ/TW")}),
        ("Sau khi tổng kết 10 năm thực hiện Chỉ thị số 10-CT/TW, Ban Bí thư ban hành Kết luận số 18-KL/TW về tiếp tục "
         "đẩy mạnh thực hiện Chỉ thị số 10-CT/TW.",
         {("18-KL/TW", "continues", "10-CT/TW")}),
        # regression: the phrase after an adverb or a passive issuing verb set off by a comma ("Quy định 114-QĐ/TW ra đời,
        # thay thế B" gave nothing), and "tiếp tục cụ thể hóa" (no phrase)
        ("Sau gần 4 năm thực hiện, Quy định 114-QĐ/TW ra đời, thay thế Quy định 205-QĐ/TW, đồng thời tiếp tục cụ thể "
         "hóa Nghị quyết 26-NQ/TW.",
         {("114-QĐ/TW", "replaces", "205-QĐ/TW"), ("114-QĐ/TW", "implements", "26-NQ/TW")}),
        ("Quy định số 213-QĐ/TW ngày 02/01/2020 của Bộ Chính trị được ban hành, thay thế Quy định số 76-QĐ/TW.",
         {("213-QĐ/TW", "replaces", "76-QĐ/TW")}),
        # regression: a review of B's years after the comma that ends a long title ("…, tổng kết 15 năm thực hiện B"
        # gave nothing: only a phrase opened the title's tail)
        ("Trước đó, Ban Chấp hành Trung ương đã ban hành Kết luận số 90-KL/TW, ngày 28-2-2014, về một số vấn đề về tiếp "
         "tục xây dựng và phát triển nền văn hóa Việt Nam tiên tiến, đậm đà bản sắc dân tộc trong thời kỳ mới, tổng kết "
         "15 năm thực hiện Nghị quyết số 03-NQ/TW.",
         {("90-KL/TW", "reviews", "03-NQ/TW")}),
        # regression: what A is said to be, for a purpose ("A là một chủ trương lớn nhằm thực hiện B" gave nothing), also
        # after A's quoted title and its alias "(sau đây viết tắt là …)"
        ("Chỉ thị số 28-CT/TW ngày 21/9/2013 của Ban Bí thư là một chủ trương lớn nhằm thực hiện Nghị quyết số 12-NQ/TW.",
         {("28-CT/TW", "implements", "12-NQ/TW")}),
        ("Chỉ thị số 28-CT/TW, ngày 21/9/2013 của Ban Bí thư khóa XI “về nâng cao chất lượng kết nạp đảng viên” (sau đây "
         "viết tắt là Chỉ thị 28) là một chủ trương lớn nhằm thực hiện Nghị quyết số 12-NQ/TW.",
         {("28-CT/TW", "implements", "12-NQ/TW")}),
        ("Chỉ thị số 28-CT/TW (sau đây viết tắt là Chỉ thị 28) nhằm thực hiện Nghị quyết số 12-NQ/TW.",
         {("28-CT/TW", "implements", "12-NQ/TW")}),
        # regression: one of a counted set, more than eight words, its issuing set off by a comma ("A là một trong các
        # chương trình toàn khóa của Tỉnh ủy, được ban hành để thực hiện B" gave nothing)
        # regression: plans and guides listed as what is studied, before one phrase that carries B out, each carry B
        # out (only the last did); not the first of them when another document's phrase names it
        ("Hội nghị đã quán triệt Kế hoạch số 07-KH/TW ngày 3/6/2021 của Bộ Chính trị và Hướng dẫn số 11-HD/BTGTW ngày "
         "9/7/2021 của Ban Tuyên giáo Trung ương triển khai Chỉ thị số 01-CT/TW của Bộ Chính trị.",
         {("07-KH/TW", "implements", "01-CT/TW"), ("11-HD/BTGTW", "implements", "01-CT/TW")}),
        ("Cán bộ được nghe giới thiệu Nghị quyết số 29-NQ/TW ngày 4/11/2013 của Ban Chấp hành Trung ương; Chương trình "
         "hành động số 47-CTr/TU ngày 2/4/2014 của Tỉnh ủy và Kế hoạch số 118/KH-UBND ngày 15/5/2014 của UBND tỉnh thực "
         "hiện Nghị quyết.",
         {("47-CTr/TU", "implements", "29-NQ/TW"), ("118/KH-UBND", "implements", "29-NQ/TW")}),
        # … not when the phrase is in the last one's own title
        ("Hội nghị được tổ chức theo Kế hoạch số 31-KH/TU ngày 2/3/2026 của Ban Thường vụ Tỉnh ủy và Hướng dẫn số "
         "08-HD/BTGDVTW ngày 10/2/2026 của Ban Tuyên giáo và Dân vận Trung ương về học tập, quán triệt Nghị quyết số "
         "80-NQ/TW của Bộ Chính trị.",
         {("08-HD/BTGDVTW", "implements", "80-NQ/TW")}),
        ("Huyện ủy ban hành Kế hoạch số 52-KH/HU thực hiện Chương trình số 20-CTr/TU ngày 6/3/2022 của Tỉnh ủy và Hướng "
         "dẫn số 14-HD/BTGTU ngày 1/4/2022 của Ban Tuyên giáo Tỉnh ủy thực hiện Kết luận số 21-KL/TW của Ban Chấp hành "
         "Trung ương.",
         {("52-KH/HU", "implements", "20-CTr/TU"), ("52-KH/HU", "implements", "14-HD/BTGTU"),
          ("14-HD/BTGTU", "implements", "21-KL/TW")}),
        ("Chương trình số 04-CTr/TU là một trong 8 chương trình công tác toàn khóa của Tỉnh ủy khóa XX, được ban hành để "
         "thực hiện Nghị quyết số 19-NQ/TW của Ban Chấp hành Trung ương.",
         {("04-CTr/TU", "implements", "19-NQ/TW")}),
        ("Tỉnh ủy ban hành Quy định số 215-QĐ/TU ngày 3/4/2023 về phân cấp quản lý cán bộ. Quy định 215 là văn bản quan "
         "trọng của nhiệm kỳ, nhằm cụ thể hóa Quy định số 80-QĐ/TW ngày 18/8/2022 của Bộ Chính trị.",
         {("215-QĐ/TU", "implements", "80-QĐ/TW")}),
        # regression: a lead of a bare lower-case noun takes the clauses after "; " that issue too ("Để triển khai nghị
        # quyết, Ban Thường vụ Huyện ủy đã ban hành Kế hoạch số 42-KH/HU; UBND huyện có Đề án số 02/ĐA-UBND …" in a
        # speech related the plan only)
        ("Nghị quyết số 10-NQ/HU ra đời trong bối cảnh huyện có hơn 80% diện tích là rừng. Để triển khai nghị quyết, Ban "
         "Thường vụ Huyện ủy đã ban hành Kế hoạch số 42-KH/HU; UBND huyện có Đề án số 02/ĐA-UBND về phát triển cây gỗ "
         "lớn. Các chỉ tiêu cơ bản đã đạt.",
         {("42-KH/HU", "implements", "10-NQ/HU"), ("02/ĐA-UBND", "implements", "10-NQ/HU")}),
        # regression: "cụ thể hóa bằng A" with its object left to the sentence before gave nothing ("Chỉ thị số 35-CT/TW …
        # đã đặt ra yêu cầu rất cao … Tỉnh ta đã cụ thể hóa bằng Kế hoạch số 123-KH/TU")
        ("Chỉ thị số 35-CT/TW ngày 30/5/2019 của Bộ Chính trị đã đặt ra yêu cầu rất cao về công tác nhân sự. Tỉnh ta đã cụ "
         "thể hóa bằng Kế hoạch số 123-KH/TU ngày 15/8/2019 của Ban Thường vụ Tỉnh ủy.",
         {("123-KH/TU", "implements", "35-CT/TW")}),
        ("Tỉnh ủy đã cụ thể hóa Chỉ thị số 35-CT/TW bằng Kế hoạch số 123-KH/TU ngày 15/8/2019.",
         {("123-KH/TU", "implements", "35-CT/TW")}),
        # … a plural before a list of them ("Tỉnh ủy đã cụ thể hóa bằng các Nghị quyết số 10-NQ/TU và 11-NQ/TU" gave nothing)
        ("Sau 5 năm thực hiện Chỉ thị số 13-CT/TW ngày 12/1/2017 của Ban Bí thư, rừng của tỉnh được bảo vệ tốt hơn. Ban "
         "Thường vụ Tỉnh ủy đã cụ thể hóa bằng các Kế hoạch số 31-KH/TU và 32-KH/TU ngày 4/4/2017.",
         {("31-KH/TU", "implements", "13-CT/TW"), ("32-KH/TU", "implements", "13-CT/TW")}),
        ("Nghị quyết số 19-NQ/TW của Ban Chấp hành Trung ương đặt ra nhiều nhiệm vụ mới. Huyện đã cụ thể hóa bằng các "
         "Nghị quyết chuyên đề số 05-NQ/HU và số 06-NQ/HU của Ban Chấp hành Đảng bộ huyện.",
         {("05-NQ/HU", "implements", "19-NQ/TW"), ("06-NQ/HU", "implements", "19-NQ/TW")}),
        # regression: … the document named before by its bare capitalised noun ("UBND tỉnh cụ thể hóa Chương trình bằng
        # Kế hoạch số 102/KH-UBND" gave nothing: the noun was no citation)
        ("Tỉnh ủy ban hành Chương trình hành động số 58-CTr/TU ngày 24/2/2023. UBND tỉnh cụ thể hóa Chương trình bằng Kế "
         "hoạch số 102/KH-UBND ngày 5/4/2023, phân công 64 nhiệm vụ.", {("102/KH-UBND", "implements", "58-CTr/TU")}),
        # regression: "chính là để" (an interview's "Chỉ thị của UBND tỉnh chính là để cụ thể hóa Nghị quyết này" gave
        # nothing: "là" needed a word before "để", and "chính" was no part of the gap)
        ("UBND tỉnh ban hành Chỉ thị số 05/CT-UBND về nâng cao chỉ số năng lực cạnh tranh cấp tỉnh. Trước đó, Tỉnh ủy có "
         "Nghị quyết số 07-NQ/TU ngày 20/12/2023 về cải thiện môi trường đầu tư. Chỉ thị của UBND tỉnh chính là để cụ "
         "thể hóa Nghị quyết này.", {("05/CT-UBND", "implements", "07-NQ/TU")}),
        # regression: the act named as a noun after "là" ("A là văn bản cụ thể hóa B", "A là sự cụ thể hóa B" gave nothing)
        ("Kế hoạch số 45-KH/HU ngày 2/3/2022 của Huyện ủy Nghi Lộc là văn bản cụ thể hóa Chỉ thị số 05-CT/TW của Bộ "
         "Chính trị.",
         {("45-KH/HU", "implements", "05-CT/TW")}),
        ("Chương trình hành động số 12-CTr/TU của Tỉnh ủy là sự cụ thể hóa Nghị quyết số 57-NQ/TW của Bộ Chính trị.",
         {("12-CTr/TU", "implements", "57-NQ/TW")}),
        # regression: a second basis after "và", then the submission after a comma ("A được ban hành căn cứ B1 và B2, trên cơ
        # sở Tờ trình C" gave B1 alone: B2 was read as resting on the submission, which then was no one's)
        ("Nghị quyết số 31/2023/NQ-HĐND được ban hành căn cứ Luật Giáo dục số 43/2019/QH14 và Nghị định số "
         "81/2021/NĐ-CP, trên cơ sở Tờ trình số 412/TTr-UBND ngày 20/11/2023 của UBND tỉnh.",
         {("31/2023/NQ-HĐND", "based_on", "43/2019/QH14"), ("31/2023/NQ-HĐND", "based_on", "81/2021/NĐ-CP"),
          ("31/2023/NQ-HĐND", "based_on", "412/TTr-UBND")}),
        # regression: a lead's list of bases, then the request after a comma ("Căn cứ B1 và B2 …, theo đề nghị của X tại
        # Tờ trình C, UBND tỉnh ban hành A" made B2 rest on the request: the capitalised "Căn cứ" opening the sentence was
        # not read as a basis word; and B2's title ran on over the request)
        ("Căn cứ Nghị định số 37/2022/NĐ-CP của Chính phủ và Quyết định số 1210/QĐ-BQP ngày 12/9/2023 của Bộ trưởng Bộ "
         "Quốc phòng, theo đề nghị của Sở Nội vụ tại Tờ trình số 55/TTr-SNV, UBND tỉnh ban hành Quyết định số "
         "2345/QĐ-UBND.",
         {("2345/QĐ-UBND", "based_on", "37/2022/NĐ-CP"), ("2345/QĐ-UBND", "based_on", "1210/QĐ-BQP"),
          ("2345/QĐ-UBND", "based_on", "55/TTr-SNV")}),
        ("Căn cứ Quyết định số 1210/QĐ-BQP ngày 12/9/2023 của Bộ trưởng Bộ Quốc phòng về giao chỉ tiêu tuyển quân năm "
         "2024, theo đề nghị của Bộ CHQS tỉnh tại Tờ trình số 980/TTr-BCH ngày 2/10/2023, ngày 10/10/2023, UBND tỉnh ban "
         "hành Quyết định số 2345/QĐ-UBND.",
         {("2345/QĐ-UBND", "based_on", "1210/QĐ-BQP"), ("2345/QĐ-UBND", "based_on", "980/TTr-BCH")}),
        # regression: one of a set, set off by a dash after A's title, its noun of four syllables ("A về … - một trong những
        # nghị quyết chuyên đề cụ thể hóa B" gave nothing)
        ("Tỉnh ủy đã ban hành Nghị quyết số 07-NQ/TU ngày 2/6/2021 về phát triển du lịch cộng đồng giai đoạn 2021 - 2025 "
         "- một trong những nghị quyết chuyên đề cụ thể hóa Nghị quyết số 01-NQ/TU của Ban Chấp hành Đảng bộ tỉnh.",
         {("07-NQ/TU", "implements", "01-NQ/TU")}),
        # regression: … judged to be the act ("A được đánh giá là bước cụ thể hóa B" gave nothing)
        ("Ban Thường vụ Huyện ủy ban hành Chỉ thị số 09-CT/HU về xây dựng nông thôn mới. Chỉ thị 09 được đánh giá là bước "
         "triển khai Kết luận số 54-KL/TW của Bộ Chính trị.",
         {("09-CT/HU", "implements", "54-KL/TW")}),
        ("Quyết định số 2150/QĐ-UBND của UBND tỉnh được xem là văn bản cụ thể hóa Nghị định số 98/2018/NĐ-CP của Chính phủ.",
         {("2150/QĐ-UBND", "implements", "98/2018/NĐ-CP")}),
        # regression: … and one of several ("Nghị định 61 là một trong những văn bản cụ thể hóa B và B2" gave nothing)
        ("Nghị định số 61/2010/NĐ-CP là một trong những văn bản cụ thể hóa Nghị quyết số 26-NQ/TW của Ban Chấp hành Trung "
         "ương và Nghị quyết số 24/2008/NQ-CP của Chính phủ.",
         {("61/2010/NĐ-CP", "implements", "26-NQ/TW"), ("61/2010/NĐ-CP", "implements", "24/2008/NQ-CP")}),
        # … but not when the noun is followed by more words before the phrase
        ("Chỉ thị số 05-CT/TW của Bộ Chính trị là nhiệm vụ thường xuyên trong thực hiện Nghị quyết số 12-NQ/TW.",
         set()),
        # regression: "Đây là …" after the sentence that issues A ("… đã thông qua Nghị quyết số 18-NQ/TU …. Đây là sự cụ thể
        # hóa B" gave nothing); a conference is no document that carries B out
        ("Ngày 12/3/2024, Ban Chấp hành Đảng bộ tỉnh Quảng Ninh đã thông qua Nghị quyết số 18-NQ/TU về phát triển kinh tế "
         "biển. Đây là sự cụ thể hóa Nghị quyết số 36-NQ/TW của Ban Chấp hành Trung ương Đảng khóa XII.",
         {("18-NQ/TU", "implements", "36-NQ/TW")}),
        ("Ngày 12/3/2024, Ban Thường vụ Huyện ủy ban hành Kế hoạch số 18-KH/HU. Đây là bước cụ thể hóa Chỉ thị số "
         "05-CT/TW của Bộ Chính trị.", {("18-KH/HU", "implements", "05-CT/TW")}),
        # regression: "Đây là <a noun phrase of four words> nhằm thực hiện B" (more words than "là sự", "là bước") gave nothing
        ("Ngày 14/7/2023, HĐND tỉnh đã thông qua Nghị quyết số 05/2023/NQ-HĐND về hỗ trợ đóng bảo hiểm xã hội tự nguyện. "
         "Đây là việc làm cụ thể nhằm thực hiện Nghị quyết số 28-NQ/TW ngày 23/5/2018 của Ban Chấp hành Trung ương.",
         {("05/2023/NQ-HĐND", "implements", "28-NQ/TW")}),
        # regression: "Đây là bước cụ thể hóa B và B2" related B only
        ("Ngày 12/4/2021, Giám đốc Bệnh viện Đa khoa tỉnh Phú Thọ đã ký Quyết định số 642/QĐ-BVT ban hành Kế hoạch "
         "triển khai Đề án bệnh viện vệ tinh. Đây là bước cụ thể hóa Quyết định số 774/QĐ-BYT ngày 11/3/2013 của Bộ "
         "trưởng Bộ Y tế phê duyệt Đề án giảm quá tải bệnh viện và Quyết định số 1113/QĐ-UBND ngày 18/5/2020 của UBND "
         "tỉnh Phú Thọ.",
         {("642/QĐ-BVT", "implements", "774/QĐ-BYT"), ("642/QĐ-BVT", "implements", "1113/QĐ-UBND")}),
        ("Tỉnh ủy đã tổ chức hội nghị sơ kết Chỉ thị số 05-CT/TW. Đây là dịp để thực hiện Nghị quyết số 36-NQ/TW.",
         set()),
        # regression: … nor when "Đây" is a time ("… thông qua Nghị quyết số 01-NQ/ĐU …. Đây là năm đầu tiên thực hiện B":
        # the year carries B out, not the resolution)
        ("Ngày 8/1/2026, Đảng ủy Quân sự tỉnh Phú Thọ thông qua Nghị quyết số 01-NQ/ĐU về lãnh đạo nhiệm vụ quốc phòng năm "
         "2026. Đây là năm đầu tiên thực hiện Nghị quyết số 45-NQ/TU của Ban Chấp hành Đảng bộ tỉnh.", set()),
        ("Ngày 8/1/2026, Công an tỉnh ban hành Kế hoạch số 12/KH-CAT về cao điểm tấn công trấn áp tội phạm. Đây cũng là "
         "giai đoạn triển khai Chỉ thị số 20-CT/TW của Ban Bí thư.", set()),
        # regression: the same said as a second act, after an opener ("Đồng thời, đây cũng là bước cụ thể hóa B") or with
        # "đồng thời" before "là" ("Kế hoạch này đồng thời là bước cụ thể hóa B"), gave nothing
        ("Ngày 20/6/2024, HĐND huyện ban hành Nghị quyết số 14/NQ-HĐND về hỗ trợ giống cây trồng. Đồng thời, đây cũng là "
         "bước cụ thể hóa Nghị quyết số 06-NQ/TU của Ban Chấp hành Đảng bộ tỉnh.", {("14/NQ-HĐND", "implements", "06-NQ/TU")}),
        ("Ngày 20/6/2024, UBND huyện ban hành Kế hoạch số 61/KH-UBND về chuyển đổi số. Kế hoạch này đồng thời là bước cụ "
         "thể hóa Chỉ thị số 09-CT/HU của Ban Thường vụ Huyện ủy.", {("61/KH-UBND", "implements", "09-CT/HU")}),
        # … not a lead after the opener, nor a place called "đây"
        ("Ngày 20/6/2024, UBND huyện ban hành Kế hoạch số 61/KH-UBND. Đồng thời, thực hiện Chỉ thị số 09-CT/HU, các xã "
         "tổ chức ra quân.", set()),
        # regression: the second act after ", đồng thời" ("Đây là kế hoạch triển khai B, đồng thời thực hiện C") was lost
        ("Ngày 12/4/2023, UBND huyện ban hành Kế hoạch số 88/KH-UBND. Đây là kế hoạch triển khai Chỉ thị số 15-CT/HU của "
         "Huyện ủy, đồng thời thực hiện Chỉ thị số 19/CT-UBND ngày 14/9/2022 của Chủ tịch UBND tỉnh.",
         {("88/KH-UBND", "implements", "15-CT/HU"), ("88/KH-UBND", "implements", "19/CT-UBND")}),
        # regression: a lead before a body's direction after the sentence that cites that body's letter ("Thực hiện chỉ
        # đạo của Bộ Y tế, UBND tỉnh ban hành Công văn số 612/UBND-VP") gave nothing
        ("Bộ Y tế đã có Công văn số 1297/BYT-DP ngày 8/3/2024 về tăng cường phòng, chống dịch sởi. Thực hiện chỉ đạo của "
         "Bộ Y tế, UBND tỉnh ban hành Công văn số 612/UBND-VP ngày 13/3/2024 yêu cầu các sở triển khai.",
         {("612/UBND-VP", "implements", "1297/BYT-DP")}),
        # … and nothing when no document of that body is cited
        ("Sở Y tế ban hành Kế hoạch số 76/KH-SYT về tiêm vắc xin. Thực hiện chỉ đạo của Bộ Y tế, UBND tỉnh ban hành Công "
         "văn số 612/UBND-VP ngày 13/3/2024.", set()),
        # regression: a bare abbreviation taken up before a stop named nothing ("… ban hành Kế hoạch số 148/KH-UBND thực
        # hiện NQ." after the resolution cited in full)
        ("Tỉnh ủy Hòa Bình ban hành Nghị quyết số 10-NQ/TU ngày 7/9/2021 về phát triển du lịch. Sau đó, UBND tỉnh đã ban "
         "hành Kế hoạch số 148/KH-UBND ngày 15/10/2021 thực hiện NQ. Các huyện đều xây dựng đề án riêng.",
         {("148/KH-UBND", "implements", "10-NQ/TU")}),
        # regression: "Đây là bước cụ thể hóa B, đồng thời triển khai C" after a passive sentence opened by a bare
        # "Kế hoạch" gave nothing but B carrying C out
        ("Ngày 5/9/2024, UBND tỉnh Quảng Trị ban hành Kế hoạch số 168/KH-UBND về phát triển du lịch giai đoạn 2024 - "
         "2030. Kế hoạch được ban hành nhằm khai thác tiềm năng di tích lịch sử. Đây là bước cụ thể hóa Nghị quyết số "
         "08-NQ/TU ngày 27/7/2021 của Ban Chấp hành Đảng bộ tỉnh về phát triển du lịch, đồng thời triển khai Nghị quyết "
         "số 82/NQ-CP ngày 18/5/2023 của Chính phủ về phục hồi du lịch.",
         {("168/KH-UBND", "implements", "08-NQ/TU"), ("168/KH-UBND", "implements", "82/NQ-CP")}),
        # regression: a list of bases by "; " whose first item is described by the programme it issues, carrying out B
        # ("A được xây dựng căn cứ B1 … ban hành Chương trình hành động … thực hiện B; B2 …; B3 …"): B2 was read as a
        # second document the programme carries out, and A's later bases were lost
        ("Kế hoạch số 145/KH-UBND ngày 8/5/2025 của UBND tỉnh được xây dựng căn cứ Nghị quyết số 03/NQ-CP ngày "
         "9/1/2025 của Chính phủ ban hành Chương trình hành động của Chính phủ thực hiện Nghị quyết số 57-NQ/TW; Nghị "
         "quyết số 71/NQ-CP ngày 1/4/2025 của Chính phủ sửa đổi, bổ sung, cập nhật Nghị quyết số 03/NQ-CP và Kế hoạch "
         "số 02-KH/TU ngày 20/2/2025 của Ban Thường vụ Tỉnh ủy.",
         {("145/KH-UBND", "based_on", "03/NQ-CP"), ("145/KH-UBND", "based_on", "71/NQ-CP"),
          ("145/KH-UBND", "based_on", "02-KH/TU"), ("03/NQ-CP", "implements", "57-NQ/TW"),
          ("71/NQ-CP", "amends", "03/NQ-CP")}),
        ("Kế hoạch số 145/KH-UBND ngày 8/5/2025 của UBND tỉnh được xây dựng căn cứ Nghị quyết số 03/NQ-CP ngày "
         "9/1/2025 của Chính phủ ban hành Chương trình hành động của Chính phủ thực hiện Nghị quyết số 57-NQ/TW; Nghị "
         "quyết số 71/NQ-CP ngày 1/4/2025 của Chính phủ; Kế hoạch số 02-KH/TU ngày 20/2/2025 của Ban Thường vụ Tỉnh ủy.",
         {("145/KH-UBND", "based_on", "03/NQ-CP"), ("145/KH-UBND", "based_on", "71/NQ-CP"),
          ("145/KH-UBND", "based_on", "02-KH/TU"), ("03/NQ-CP", "implements", "57-NQ/TW")}),
        # regression: "; đồng thời <act> C" after what the last object is said to do, in place of a title ("nhằm cụ thể
        # hóa Nghị định số 262/2025/NĐ-CP … quy định chi tiết một số điều của Luật về …; đồng thời triển khai C") lost C
        ("Quyết định số 41/2025/QĐ-UBND ngày 3/11/2025 của UBND tỉnh được ban hành nhằm cụ thể hóa Nghị định số "
         "262/2025/NĐ-CP ngày 10/10/2025 của Chính phủ quy định chi tiết một số điều của Luật về quản lý nhiệm vụ khoa "
         "học, công nghệ; đồng thời triển khai Nghị quyết số 57-NQ/TW của Bộ Chính trị trên địa bàn tỉnh.",
         {("41/2025/QĐ-UBND", "implements", "262/2025/NĐ-CP"), ("41/2025/QĐ-UBND", "implements", "57-NQ/TW")}),
        # regression: a sentence going on with the act of the plan opening the sentence before, its subject left out
        # ("Kế hoạch nhằm triển khai B1. Đồng thời cụ thể hóa B2 và B3") gave B1 alone
        ("Ngày 4/11/2025, UBND xã Cẩm Xuyên ban hành Kế hoạch số 96/KH-UBND về phổ cập giáo dục mầm non. Kế hoạch "
         "nhằm triển khai Nghị quyết số 218/2025/QH15 ngày 26/6/2025 của Quốc hội. Đồng thời cụ thể hóa Nghị quyết số "
         "71-NQ/TW của Bộ Chính trị và Kế hoạch số 38-KH/TU ngày 2/10/2025 của Ban Thường vụ Tỉnh ủy.",
         {("96/KH-UBND", "implements", "218/2025/QH15"), ("96/KH-UBND", "implements", "71-NQ/TW"),
          ("96/KH-UBND", "implements", "38-KH/TU")}),
        # regression: … with a comma after "Đồng thời" ("Quy định mới được ban hành trên cơ sở B1. Đồng thời, cụ thể hóa B2"
        # gave B1 alone)
        ("Ban Thường vụ Thành ủy ban hành Quy định số 55-QĐ/TU về tiếp công dân. Quy định được xây dựng trên cơ sở Quy "
         "định số 11-QĐi/TW ngày 18/2/2019 của Bộ Chính trị. Đồng thời, cụ thể hóa Chỉ thị số 35-CT/TW của Bộ Chính trị.",
         {("55-QĐ/TU", "based_on", "11-QĐi/TW"), ("55-QĐ/TU", "implements", "35-CT/TW")}),
        # … not a lead set off by a comma, whose subject comes after it
        ("Ngày 4/11/2025, UBND xã Cẩm Xuyên ban hành Kế hoạch số 96/KH-UBND về phổ cập giáo dục mầm non. Kế hoạch "
         "nhằm triển khai Nghị quyết số 218/2025/QH15 ngày 26/6/2025 của Quốc hội. Đồng thời, thực hiện Nghị quyết số "
         "71-NQ/TW của Bộ Chính trị, xã đã tổ chức hội nghị quán triệt cho cán bộ, giáo viên.",
         {("96/KH-UBND", "implements", "218/2025/QH15")}),
        # regression: "Đây là <type> …" after a sentence that cites A without issuing it: the type noun names A
        # ("… quán triệt Nghị quyết số 23-NQ/TW …. Đây là nghị quyết thay thế B" gave nothing)
        ("Ban Thường vụ Tỉnh ủy Gia Lai tổ chức hội nghị quán triệt Nghị quyết số 23-NQ/TW ngày 06/10/2022 của Bộ Chính "
         "trị. Đây là nghị quyết thay thế Nghị quyết số 10-NQ/TW ngày 18/01/2002 của Bộ Chính trị khóa IX và Kết luận số "
         "12-KL/TW ngày 24/10/2011 của Bộ Chính trị.",
         {("23-NQ/TW", "replaces", "10-NQ/TW"), ("23-NQ/TW", "replaces", "12-KL/TW")}),
        ("Sáng 5/6/2023, Huyện ủy Đức Trọng quán triệt Quyết định số 1520/QĐ-UBND và Chỉ thị số 23-CT/TW của Ban Bí "
         "thư. Đây là chỉ thị thay thế Chỉ thị số 18-CT/TW ngày 04/9/2012 của Ban Bí thư khóa XI.",
         {("23-CT/TW", "replaces", "18-CT/TW")}),
        # regression: the gap measured from A's number, not its title's end: a long title put B too far ("Chỉ thị số
        # 28-CT/TW … “về …, …” (sau đây viết tắt là Chỉ thị 28) là một chủ trương lớn nhằm thực hiện B" gave nothing)
        ("Chỉ thị số 28-CT/TW, ngày 21/9/2013 của Ban Bí thư khóa XI “về nâng cao chất lượng kết nạp đảng viên và rà "
         "soát, sàng lọc, đưa những đảng viên không đủ tư cách ra khỏi Đảng” (sau đây viết tắt là Chỉ thị 28) là một "
         "chủ trương lớn nhằm thực hiện Nghị quyết số 12-NQ/TW.",
         {("28-CT/TW", "implements", "12-NQ/TW")}),
        # regression: an interview's answer opens with the speaker's name: the lead after it gave no relation
        ("Đồng chí Nguyễn Văn Hùng: Ngay sau khi Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 289-KH/TU ngày "
         "10/8/2024, Ban Thường vụ Huyện ủy đã ban hành Kế hoạch số 156-KH/HU để triển khai.",
         {("156-KH/HU", "implements", "289-KH/TU")}),
        # regression: a lead opening a quotation after a speaker's words gave no relation
        ("Ông Nguyễn Văn Bình, Bí thư Huyện ủy cho biết: “Thực hiện Chỉ thị số 35-CT/TW của Bộ Chính trị, Ban "
         "Thường vụ Huyện ủy đã ban hành Kế hoạch số 120-KH/HU ngày 5/8/2024 về đại hội đảng bộ cơ sở”.",
         {("120-KH/HU", "implements", "35-CT/TW")}),
        # regression: a lead opening a speaker's quoted words that open the sentence gave no relation
        ("Chỉ thị số 32-CT/TW ngày 10/4/2024 của Ban Bí thư đã được quán triệt sâu rộng. “Thực hiện Chỉ thị 32, chúng "
         "tôi đã tham mưu Huyện ủy ban hành Kế hoạch số 95-KH/HU ngày 2/5/2024”, ông Nguyễn Văn Tám, Chủ tịch UBND "
         "huyện Phù Mỹ cho biết.",
         {("95-KH/HU", "implements", "32-CT/TW")}),
        # regression: a lead whose main clause has a plural subject and lists what each issued ("như: …")
        # gave no relation (the lead's title ran over the lowercase subject; only a clause's first item counted)
        ("Sau khi Ban Bí thư ban hành Chỉ thị số 45-CT/TW ngày 14/4/2025 về đại hội đảng bộ các cấp, nhiều tỉnh "
         "ủy đã kịp thời ban hành kế hoạch thực hiện, như: Tỉnh ủy Nghệ An ban hành Kế hoạch số 320-KH/TU ngày "
         "20/4/2025; Tỉnh ủy Quảng Bình có Kế hoạch số 190-KH/TU ngày 25/4/2025.",
         {("320-KH/TU", "implements", "45-CT/TW"), ("190-KH/TU", "implements", "45-CT/TW")}),
        # regression: the first item of a counted list after "như:" ends the main clause and was left out
        ("Để thực hiện Nghị quyết số 21-NQ/TW ngày 16/6/2022 của Hội nghị Trung ương 5 khóa XIII, Ban Thường vụ "
         "Tỉnh ủy đã ban hành nhiều văn bản lãnh đạo, chỉ đạo như: Chương trình hành động số 52-CTr/TU ngày "
         "12/9/2022; Kế hoạch số 135-KH/TU ngày 20/10/2022.",
         {("52-CTr/TU", "implements", "21-NQ/TW"), ("135-KH/TU", "implements", "21-NQ/TW")}),
        # regression: the instances of a generic "văn bản" after "như:" carried nothing out ("ban hành nhiều văn bản lãnh
        # đạo, chỉ đạo thực hiện Nghị quyết 68, như: Kế hoạch số …; Quyết định số …"), nor an item after "; " that
        # followed a title cut at its comma
        ("Các cấp ủy, chính quyền đã ban hành nhiều văn bản lãnh đạo, chỉ đạo thực hiện Nghị quyết số 68-NQ/TW, như: "
         "Kế hoạch số 77-KH/TU ngày 20/5/2025 của Ban Thường vụ Tỉnh ủy; Quyết định số 1186/QĐ-UBND ngày 30/5/2025 của "
         "UBND tỉnh ban hành Chương trình hành động của UBND tỉnh.",
         {("77-KH/TU", "implements", "68-NQ/TW"), ("1186/QĐ-UBND", "implements", "68-NQ/TW")}),
        ("Sở đã tham mưu ban hành nhiều văn bản triển khai Kế hoạch số 20/KH-UBND, như: Kế hoạch số 95/KH-UBND ngày "
         "3/8/2022 về bảo tồn văn hóa truyền thống của đồng bào Hrê, Cor, Ca Dong giai đoạn 2022 - 2025; Quyết định số "
         "1024/QĐ-UBND ngày 15/11/2022 phê duyệt Đề án phát triển du lịch biển đảo Lý Sơn.",
         {("95/KH-UBND", "implements", "20/KH-UBND"), ("1024/QĐ-UBND", "implements", "20/KH-UBND")}),
        # regression: a clause after "; " with its own subject that issues, after a lead's main clause, gave none
        ("Thực hiện Quy định số 144-QĐ/TW ngày 9/5/2024 của Bộ Chính trị, Ban Thường vụ Huyện ủy đã ban hành Kế "
         "hoạch số 98-KH/HU ngày 15/7/2024; Ban Tuyên giáo Huyện ủy ban hành Hướng dẫn số 12-HD/BTGHU ngày 20/7/2024.",
         {("98-KH/HU", "implements", "144-QĐ/TW"), ("12-HD/BTGHU", "implements", "144-QĐ/TW")}),
        # … but not one that cites what it does not issue
        ("Thực hiện Quy định số 144-QĐ/TW, Ban Thường vụ Huyện ủy đã ban hành Kế hoạch số 98-KH/HU; Kế hoạch số "
         "12-KH/TU của Tỉnh ủy được phổ biến.", {("98-KH/HU", "implements", "144-QĐ/TW")}),
        # regression: … nor one whose document replaces or amends another, named after its own act ("…; HĐND tỉnh ban hành
        # Nghị quyết số 08/2020/NQ-HĐND …, thay thế B2" carried out nothing)
        ("Để triển khai Nghị quyết số 07-NQ/TU ngày 2/3/2021 của Tỉnh ủy, UBND tỉnh ban hành Kế hoạch số 61/KH-UBND; HĐND "
         "tỉnh ban hành Nghị quyết số 11/2021/NQ-HĐND quy định mức hỗ trợ, thay thế Nghị quyết số 20/2016/NQ-HĐND.",
         {("61/KH-UBND", "implements", "07-NQ/TU"), ("11/2021/NQ-HĐND", "implements", "07-NQ/TU"),
          ("11/2021/NQ-HĐND", "replaces", "20/2016/NQ-HĐND")}),
        # … but not one whose changed document is another's, in an aside
        ("Để triển khai Nghị quyết số 07-NQ/TU, UBND tỉnh ban hành Kế hoạch số 61/KH-UBND; Sở Nội vụ ban hành Quyết "
         "định số 15/QĐ-SNV, sau đó kiện toàn theo Quyết định số 40/QĐ-SNV (thay thế Quyết định số 15/QĐ-SNV).",
         {("61/KH-UBND", "implements", "07-NQ/TU"), ("40/QĐ-SNV", "replaces", "15/QĐ-SNV")}),
        # regression: a clause going on with the main clause's subject, which advises another body to issue, was cut off
        # the lead ("Thực hiện B, Công an tỉnh tham mưu UBND tỉnh ban hành A1; trình HĐND tỉnh ban hành A2")
        ("Thực hiện Luật Căn cước số 26/2023/QH15, Công an tỉnh đã tham mưu UBND tỉnh ban hành Kế hoạch số 30/KH-UBND "
         "ngày 5/3/2024; trình HĐND tỉnh ban hành Nghị quyết số 04/2024/NQ-HĐND quy định mức thu phí.",
         {("30/KH-UBND", "implements", "26/2023/QH15"), ("04/2024/NQ-HĐND", "implements", "26/2023/QH15")}),
        # … not a clause that advises with no document issued
        ("Thực hiện Luật Căn cước số 26/2023/QH15, Công an tỉnh đã tham mưu UBND tỉnh ban hành Kế hoạch số 30/KH-UBND; "
         "tham mưu xử lý Công văn số 12/CAT-PC06 của Công an huyện.", {("30/KH-UBND", "implements", "26/2023/QH15")}),
        # regression: a lead "Bám sát B, X ban hành A" gave no relation ("Bám sát Kế hoạch số 128/KH-UBND, UBND huyện
        # Lâm Bình đã ban hành Kế hoạch số 96/KH-UBND"); in a gap it stays none ("được xây dựng bám sát …")
        ("Bám sát Chỉ thị số 05-CT/TW và Kế hoạch số 03-KH/TU ngày 20/7/2016 của Ban Thường vụ Tỉnh ủy, Ban Thường vụ "
         "Huyện ủy đã ban hành Kế hoạch số 12-KH/HU ngày 5/8/2016 để triển khai thực hiện.",
         {("12-KH/HU", "implements", "05-CT/TW"), ("12-KH/HU", "implements", "03-KH/TU")}),
        ("Bám sát Kế hoạch số 128/KH-UBND, UBND huyện Lâm Bình đã ban hành Kế hoạch số 96/KH-UBND ngày 24/7/2024.",
         {("96/KH-UBND", "implements", "128/KH-UBND")}),
        ("Chương trình hành động số 01-CTr/ĐU được xây dựng bám sát định hướng của Nghị quyết số 06-NQ/HU ngày "
         "15/10/2020 của Ban Chấp hành Đảng bộ huyện.", set()),
        # regression: a fronted topic "Đối với B1 và B2, X đã ban hành A" gave no relation; a task after one stays none
        ("Đối với Nghị quyết 66 và Nghị quyết 68 của Bộ Chính trị, Ban Thường vụ Tỉnh ủy đã ban hành Kế hoạch số "
         "214-KH/TU ngày 22/5/2025, giao các cơ quan tham mưu rà soát văn bản.",
         {("214-KH/TU", "implements", "66-NQ/TW"), ("214-KH/TU", "implements", "68-NQ/TW")}),
        ("Riêng đối với Chỉ thị số 35-CT/TW, Ban Thường vụ Huyện ủy ban hành Kế hoạch số 120-KH/HU ngày 2/8/2024.",
         {("120-KH/HU", "implements", "35-CT/TW")}),
        ("Ban Thường vụ Đảng ủy ban hành Kế hoạch số 41-KH/ĐU ngày 3/3/2025 thực hiện Nghị quyết số 57-NQ/TW. Đối với "
         "Nghị quyết số 68-NQ/TW, Đảng ủy giao UBND xã xây dựng kế hoạch, trình trong quý III.",
         {("41-KH/ĐU", "implements", "57-NQ/TW")}),
        # regression: a lead's list stopped after an item described by what it approves, the next item after a comma
        # ("Thực hiện Nghị quyết số 88/2019/QH14 … phê duyệt Đề án …, Quyết định số 1719/QĐ-TTg … và Kế hoạch …")
        ("Thực hiện Nghị quyết số 88/2019/QH14 ngày 18/11/2019 của Quốc hội phê duyệt Đề án tổng thể phát triển kinh "
         "tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi giai đoạn 2021 - 2030, Quyết định số 1719/QĐ-TTg ngày "
         "14/10/2021 của Thủ tướng Chính phủ và Kế hoạch số 2479/KH-UBND ngày 5/8/2022 của UBND tỉnh, UBND huyện Mèo "
         "Vạc đã ban hành Kế hoạch số 64/KH-UBND ngày 20/3/2023.",
         {("64/KH-UBND", "implements", "88/2019/QH14"), ("64/KH-UBND", "implements", "1719/QĐ-TTg"),
          ("64/KH-UBND", "implements", "2479/KH-UBND")}),
        # regression: … and at a ";" inside the item's description ("Để thực hiện Nghị định số 168/2024/NĐ-CP … quy định
        # xử phạt … đường bộ; trừ điểm, phục hồi điểm giấy phép lái xe và Kế hoạch số 18/KH-UBND …, Công an huyện … đã
        # ban hành Kế hoạch …" gave no relation: the ";" ended the decree's title, and the lead's sentence with it)
        ("Để thực hiện Nghị định số 168/2024/NĐ-CP ngày 26/12/2024 của Chính phủ quy định xử phạt vi phạm hành chính về "
         "trật tự, an toàn giao thông trong lĩnh vực giao thông đường bộ; trừ điểm, phục hồi điểm giấy phép lái xe và "
         "Kế hoạch số 18/KH-UBND ngày 6/1/2025 của UBND tỉnh, Công an huyện Can Lộc đã ban hành Kế hoạch số 35/KH-CAH "
         "ngày 9/1/2025.",
         {("35/KH-CAH", "implements", "168/2024/NĐ-CP"), ("35/KH-CAH", "implements", "18/KH-UBND")}),
        # regression: bases closing a sentence that passes several documents, each with its title, are each one's
        # ("Kỳ họp đã thông qua Nghị quyết số 41/NQ-HĐND về … và Nghị quyết số 42/NQ-HĐND về …, căn cứ B" based the
        # second only)
        ("Kỳ họp đã thông qua Nghị quyết số 41/NQ-HĐND về dự toán thu ngân sách nhà nước, chi ngân sách địa phương năm "
         "2024 và Nghị quyết số 42/NQ-HĐND về kế hoạch đầu tư công năm 2024, căn cứ Nghị quyết số 88/NQ-HĐND ngày "
         "8/12/2023 của HĐND huyện về phân bổ dự toán ngân sách năm 2024.",
         {("41/NQ-HĐND", "based_on", "88/NQ-HĐND"), ("42/NQ-HĐND", "based_on", "88/NQ-HĐND")}),
        # regression: a basis after a title given with no "về" ("Nghị quyết số 77/NQ-HĐND điều chỉnh kế hoạch đầu tư công
        # năm 2023, trên cơ sở Kết luận số 145-KL/HU …" based nothing)
        ("Cũng tại kỳ họp, HĐND huyện thông qua Nghị quyết số 77/NQ-HĐND điều chỉnh kế hoạch đầu tư công năm 2023, trên "
         "cơ sở Kết luận số 145-KL/HU ngày 18/7/2023 của Ban Thường vụ Huyện ủy về chủ trương điều chỉnh vốn.",
         {("77/NQ-HĐND", "based_on", "145-KL/HU")}),
        # regression: a plan known only through the decision that approves it, as a lead's object, gave no relation
        ("Thực hiện Kế hoạch thanh tra năm 2024 đã được Chủ tịch UBND tỉnh Thái Nguyên phê duyệt tại Quyết định số "
         "2954/QĐ-UBND ngày 18/12/2023, Chánh Thanh tra tỉnh đã ban hành Quyết định số 25/QĐ-TTr ngày 26/02/2024.",
         {("25/QĐ-TTr", "implements", "2954/QĐ-UBND")}),
        ("Thực hiện kế hoạch thanh tra năm 2024 ban hành kèm theo Quyết định số 2954/QĐ-UBND ngày 18/12/2023 của UBND "
         "tỉnh, Thanh tra tỉnh đã ban hành Quyết định số 25/QĐ-TTr ngày 26/02/2024.",
         {("25/QĐ-TTr", "implements", "2954/QĐ-UBND")}),
        # regression: "Thực hiện sự chỉ đạo của X tại B" gave no relation
        ("Thực hiện sự chỉ đạo của Ban Thường vụ Tỉnh ủy tại Công văn số 1234-CV/TU ngày 5/5/2023, Ban Thường vụ "
         "Huyện ủy đã ban hành Kế hoạch số 189-KH/HU ngày 15/5/2023.", {("189-KH/HU", "implements", "1234-CV/TU")}),
        # regression: nor "Thực hiện chủ trương của X tại B", a policy stated in B
        ("Thực hiện chủ trương của Tỉnh ủy tại Nghị quyết số 09-NQ/TU ngày 10/3/2022, Huyện ủy Mường Chà đã ban hành Kế "
         "hoạch số 45-KH/HU ngày 5/4/2022.", {("45-KH/HU", "implements", "09-NQ/TU")}),
        ("UBND huyện ban hành Kế hoạch số 120/KH-UBND ngày 5/4/2022 thực hiện chủ trương tại Kết luận số 15-KL/TU của "
         "Ban Thường vụ Tỉnh ủy.", {("120/KH-UBND", "implements", "15-KL/TU")}),
        # regression: a purpose whose subject is B ("Để Nghị quyết số 09-NQ/TU … sớm đi vào cuộc sống, Huyện ủy Mường Chà
        # đã ban hành Kế hoạch số 45-KH/HU" related nothing)
        ("Để Nghị quyết số 09-NQ/TU ngày 10/3/2022 của Tỉnh ủy sớm đi vào cuộc sống, Huyện ủy Mường Chà đã ban hành Kế "
         "hoạch số 45-KH/HU ngày 5/4/2022.", {("45-KH/HU", "implements", "09-NQ/TU")}),
        ("Ngày 10/3/2022, Tỉnh ủy ban hành Nghị quyết số 09-NQ/TU về phát triển du lịch. Để Nghị quyết số 09-NQ/TU đi "
         "vào cuộc sống, UBND huyện Bắc Hà ban hành Kế hoạch số 88/KH-UBND ngày 20/3/2022.",
         {("88/KH-UBND", "implements", "09-NQ/TU")}),
        # regression: a title that runs on after "; " hid the lead's main clause and the B listed after it
        ("Thực hiện Kết luận số 21-KL/TW ngày 25/10/2021 của Ban Chấp hành Trung ương Đảng khóa XIII về đẩy mạnh xây "
         "dựng, chỉnh đốn Đảng và hệ thống chính trị; kiên quyết ngăn chặn, đẩy lùi, xử lý nghiêm cán bộ, đảng viên "
         "suy thoái, Ban Thường vụ Tỉnh ủy đã ban hành Kế hoạch số 47-KH/TU ngày 15/1/2022.",
         {("47-KH/TU", "implements", "21-KL/TW")}),
        ("Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 47-KH/TU thực hiện Kết luận số 21-KL/TW, ngày 25/10/2021, của Ban "
         "Chấp hành Trung ương Đảng khóa XIII về đẩy mạnh xây dựng, chỉnh đốn Đảng và hệ thống chính trị; kiên quyết "
         "ngăn chặn, đẩy lùi suy thoái và Quy định số 37-QĐ/TW, ngày 25/10/2021, của Ban Chấp hành Trung ương về "
         "những điều đảng viên không được làm.",
         {("47-KH/TU", "implements", "21-KL/TW"), ("47-KH/TU", "implements", "37-QĐ/TW")}),
        # regression: the list of what each body issued, each document in brackets after its body, gave none
        ("Ngay sau khi Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 410-KH/TU ngày 20/2/2025, các huyện ủy đã ban "
         "hành kế hoạch thực hiện, như: Huyện ủy Đô Lương (Kế hoạch số 120-KH/HU), Huyện ủy Yên Thành (Kế hoạch "
         "số 98-KH/HU).", {("120-KH/HU", "implements", "410-KH/TU"), ("98-KH/HU", "implements", "410-KH/TU")}),
        # regression: a programme named after " và " ran into the title of the resolution before it
        ("Hội nghị đã thống nhất ban hành Nghị quyết về phát triển nông nghiệp hữu cơ giai đoạn 2024 - 2030 và "
         "Chương trình hành động thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị.",
         {("Chương trình hành động#", "implements", "57-NQ/TW")}),
        # regression: "nhằm sớm đưa B", "triển khai, quán triệt B", "tổ chức thực hiện thắng lợi B" gave none
        ("Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 12-KH/TU nhằm sớm đưa Nghị quyết số 57-NQ/TW vào cuộc sống.",
         {("12-KH/TU", "implements", "57-NQ/TW")}),
        ("Ban Thường vụ Huyện ủy ban hành Kế hoạch số 13-KH/HU triển khai, quán triệt Chỉ thị số 35-CT/TW.",
         {("13-KH/HU", "implements", "35-CT/TW")}),
        ("Đảng ủy xã ban hành Nghị quyết số 15-NQ/ĐU để tổ chức thực hiện thắng lợi Nghị quyết số 05-NQ/HU.",
         {("15-NQ/ĐU", "implements", "05-NQ/HU")}),
        # regression: leads "Theo tinh thần B", "Trên tinh thần B", "Ngay khi X ban hành B", "Để kịp thời triển
        # khai B", "Nhằm cụ thể hóa và triển khai thực hiện B" gave no relation
        ("Theo tinh thần Nghị quyết số 57-NQ/TW, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 21-KH/TU.",
         {("21-KH/TU", "implements", "57-NQ/TW")}),
        ("Trên tinh thần Chỉ thị số 35-CT/TW, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 22-KH/TU.",
         {("22-KH/TU", "implements", "35-CT/TW")}),
        ("Ngay khi Bộ Chính trị ban hành Nghị quyết số 66-NQ/TW, Ban Thường vụ Tỉnh ủy đã ban hành Kế hoạch số "
         "23-KH/TU.", {("23-KH/TU", "implements", "66-NQ/TW")}),
        # regression: "Để" before a lead phrase of two verbs ("Để quán triệt và triển khai B, …") opened no lead: only
        # the phrase rows that begin with "để", or "Để" with an adverb, did
        ("Để quán triệt và triển khai Chỉ thị số 05-CT/TW của Bộ Chính trị, Tỉnh ủy ban hành Kế hoạch số 20-KH/TU.",
         {("20-KH/TU", "implements", "05-CT/TW")}),
        ("Để kịp thời triển khai Chỉ thị số 45-CT/TW, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 24-KH/TU.",
         {("24-KH/TU", "implements", "45-CT/TW")}),
        ("Nhằm cụ thể hóa và triển khai thực hiện Nghị quyết số 68-NQ/TW, Tỉnh ủy ban hành Chương trình hành động "
         "số 25-CTr/TU.", {("25-CTr/TU", "implements", "68-NQ/TW")}),
        # regression: a council's resolution that "thể chế hóa" a Party resolution gave no relation
        ("Để thể chế hóa Nghị quyết số 08-NQ/TU ngày 20/5/2022 của Ban Chấp hành Đảng bộ tỉnh về phát triển du "
         "lịch, HĐND tỉnh đã ban hành Nghị quyết số 15/2022/NQ-HĐND ngày 9/12/2022.",
         {("15/2022/NQ-HĐND", "implements", "08-NQ/TU")}),
        # regression: "nhằm đưa B vào cuộc sống" opening the lead gave no relation
        ("Nhằm đưa Nghị quyết Đại hội đại biểu Đảng bộ phường Thành Sen lần thứ I, nhiệm kỳ 2025 - 2030 vào "
         "cuộc sống, ngày 25/8/2025, Đảng ủy phường Thành Sen đã ban hành Nghị quyết số 05-NQ/ĐU về phát "
         "triển đô thị văn minh.",
         {("05-NQ/ĐU", "implements", "Nghị quyết#")}),
        ("Kế hoạch số 15-KH/TU của Ban Thường vụ Tỉnh ủy nhằm đưa Kết luận số 01-KL/TW vào cuộc sống.",
         {("15-KH/TU", "implements", "01-KL/TW")}),
        # regression: a lead after a paper's name with a dash ("QĐND - Quán triệt B, …") gave no relation
        ("QĐND - Quán triệt Nghị quyết số 847-NQ/QUTW ngày 28-12-2021 của Quân ủy Trung ương, Đảng ủy Quân khu 4 "
         "đã ban hành Nghị quyết số 156-NQ/ĐU ngày 10-3-2022 để thực hiện.",
         {("156-NQ/ĐU", "implements", "847-NQ/QUTW")}),
        # regression: … and after an outlet's initials with the dash against them ("GLO- Thực hiện B, …")
        ("GLO- Thực hiện Kế hoạch số 95-KH/TU ngày 12-5-2021 của Ban Thường vụ Thành ủy Pleiku về công tác dân vận, "
         "Ban Dân vận Thành ủy đã ban hành Hướng dẫn số 08-HD/BDVTU ngày 2-6-2021.",
         {("08-HD/BDVTU", "implements", "95-KH/TU")}),
        # regression: a scheme a decision approves, its name a policy's ("tổng thể", "phát triển kinh tế - xã hội"), was
        # no citation, so "triển khai thực hiện Đề án" named nothing
        ("Quốc hội ban hành Nghị quyết số 88/2019/QH14 ngày 18/11/2019 phê duyệt Đề án tổng thể phát triển kinh tế - xã "
         "hội vùng đồng bào dân tộc thiểu số và miền núi giai đoạn 2021 - 2030. Chính phủ ban hành Nghị quyết số "
         "12/NQ-CP ngày 15/02/2020 về triển khai thực hiện Đề án.", {("12/NQ-CP", "implements", "88/2019/QH14")}),
        # … a programme or plan named so stays a policy
        ("UBND tỉnh ban hành Quyết định số 500/QĐ-UBND phê duyệt Kế hoạch sử dụng đất năm 2023 của huyện. UBND huyện "
         "ban hành Kế hoạch số 20/KH-UBND triển khai thực hiện Kế hoạch sử dụng đất.", set()),
        # regression: a Party resolution that "lãnh đạo thực hiện" B gave no relation
        ("Đảng ủy Quân khu 4 đã ban hành Nghị quyết số 156-NQ/ĐU ngày 10-3-2022 lãnh đạo thực hiện Nghị quyết số "
         "847-NQ/QUTW của Quân ủy Trung ương.", {("156-NQ/ĐU", "implements", "847-NQ/QUTW")}),
        ("Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 12-KH/TU lãnh đạo, chỉ đạo triển khai thực hiện Chỉ thị số "
         "35-CT/TW.", {("12-KH/TU", "implements", "35-CT/TW")}),
        # regression: a main clause that issues documents it only counts, listed in the next sentence
        # ("… đã ban hành nhiều văn bản. Trong đó có A1; A2") or in bullets after "gồm:", gave no relation
        ("Quán triệt và triển khai thực hiện Chỉ thị số 35-CT/TW, ngày 14/6/2024 của Bộ Chính trị, Ban Thường vụ "
         "Huyện ủy đã ban hành nhiều văn bản lãnh đạo, chỉ đạo. Trong đó có Kế hoạch số 150-KH/HU ngày 5/8/2024 "
         "về tổ chức đại hội đảng bộ cơ sở; Hướng dẫn số 12-HD/HU ngày 20/8/2024 về công tác nhân sự.",
         {("150-KH/HU", "implements", "35-CT/TW"), ("12-HD/HU", "implements", "35-CT/TW")}),
        ("Để đưa Nghị quyết Đại hội đại biểu Đảng bộ huyện lần thứ XXIV vào cuộc sống, Ban Chấp hành Đảng bộ huyện "
         "đã ban hành 2 nghị quyết chuyên đề, gồm:\n\n- Nghị quyết số 03-NQ/HU ngày 15/1/2021 về phát triển nông "
         "nghiệp;\n- Nghị quyết số 04-NQ/HU ngày 15/1/2021 về phát triển đô thị.\n\nKết luận số 01-KL/TW được "
         "phổ biến.",
         {("03-NQ/HU", "implements", "Nghị quyết#"), ("04-NQ/HU", "implements", "Nghị quyết#")}),
        # regression: of two documents one verb issues after a lead, only the first was related
        ("Quán triệt và triển khai thực hiện Chỉ thị 05, Ban Thường vụ Huyện ủy đã ban hành Kế hoạch số 12-KH/HU, "
         "ngày 20/7/2016 và Chương trình hành động số 08-CTr/HU, ngày 5/1/2017 về thực hiện chuyên đề toàn khóa.",
         {("12-KH/HU", "implements", "Chỉ thị#05"), ("08-CTr/HU", "implements", "Chỉ thị#05")}),
        # regression: what a document does said in place of a "về" title, then ", thay thế B" (no relation)
        ("Kỳ họp thông qua Nghị quyết số 09/2023/NQ-HĐND quy định mức chi bảo đảm cho công tác xây dựng văn bản, "
         "thay thế Nghị quyết số 23/2017/NQ-HĐND ngày 14/7/2017 của HĐND tỉnh.",
         {("09/2023/NQ-HĐND", "replaces", "23/2017/NQ-HĐND")}),
        ("Bộ Tài chính ban hành Thông tư số 10/2024/TT-BTC hướng dẫn quản lý kinh phí, sửa đổi, bổ sung Thông tư "
         "số 40/2017/TT-BTC.", {("10/2024/TT-BTC", "amends", "40/2017/TT-BTC")}),
        # regression: … a decision that issues what it carries, in place of a title ("Quyết định số 1131/QĐ-TTg … ban hành
        # Danh mục công nghệ chiến lược, thay thế Quyết định số 38/2020/QĐ-TTg" gave no relation)
        ("Quyết định số 1131/QĐ-TTg ngày 12/6/2025 của Thủ tướng Chính phủ ban hành Danh mục công nghệ chiến lược, thay "
         "thế Quyết định số 38/2020/QĐ-TTg.", {("1131/QĐ-TTg", "replaces", "38/2020/QĐ-TTg")}),
        # regression: … but not a document still to be written inside the description ("Văn bản số 512/UBND-KGVX … giao
        # Sở GD&ĐT chủ trì tham mưu ban hành quy định …, thay thế B": the letter replaced B)
        ("Trước đó, UBND tỉnh đã có Văn bản số 512/UBND-KGVX ngày 10/2/2025 giao Sở GD&ĐT chủ trì tham mưu ban hành quy "
         "định quản lý dạy thêm, học thêm trên địa bàn tỉnh, thay thế Quyết định số 25/2013/QĐ-UBND ngày 26/12/2013 của "
         "UBND tỉnh.", set()),
        ("UBND tỉnh có Công văn số 1200/UBND-NC giao Sở Tư pháp xây dựng quy chế phối hợp mới, thay thế Quyết định số "
         "15/2019/QĐ-UBND.", set()),
        # regression: … and what a document carries out that no citation names, in place of a title ("Kế hoạch số
        # 18/KH-UBND … thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững năm 2024, cụ thể hóa B" gave no relation)
        ("UBND huyện đã ban hành Kế hoạch số 18/KH-UBND ngày 22/01/2024 thực hiện Chương trình mục tiêu quốc gia giảm "
         "nghèo bền vững năm 2024, cụ thể hóa Kế hoạch số 12/KH-UBND ngày 15/01/2024 của UBND tỉnh Quảng Ninh.",
         {("18/KH-UBND", "implements", "12/KH-UBND")}),
        # regression: a phrase after a carried scheme's description cut at a comma ("… phê duyệt Đề án sắp xếp, tổ chức
        # lại đơn vị hành chính các cấp, được ban hành để thực hiện Kết luận số 127-KL/TW" gave no relation)
        ("Quyết định số 759/QĐ-TTg ngày 14/4/2025 phê duyệt Đề án sắp xếp, tổ chức lại đơn vị hành chính các cấp, được "
         "ban hành để thực hiện Kết luận số 127-KL/TW ngày 28/2/2025 của Bộ Chính trị, Ban Bí thư.",
         {("759/QĐ-TTg", "implements", "127-KL/TW")}),
        # regression: a document of another body listed with "và" after the title of the B inside A's title
        # is another B (it was left out)
        ("Đảng ủy Trường đã ban hành Kế hoạch số 215-KH/ĐU về thực hiện Nghị quyết số 57-NQ/TW, ngày 22/12/2024 "
         "của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia "
         "và Chương trình hành động số 35-CTr/TU, ngày 10/2/2025 của Ban Thường vụ Tỉnh ủy.",
         {("215-KH/ĐU", "implements", "57-NQ/TW"), ("215-KH/ĐU", "implements", "35-CTr/TU")}),
        # regression: … with no body named, one of another type whose symbol is B1's body's ("… ban hành Kế hoạch thực
        # hiện Chỉ thị số 38-CT/TW … về … trong tình hình mới và Kết luận số 12-KL/TW" left the conclusion out)
        ("Phó Thủ tướng ký Quyết định số 88/QĐ-TTg ngày 14/1/2025 ban hành Kế hoạch thực hiện Chỉ thị số 38-CT/TW ngày "
         "30/7/2024 của Ban Bí thư về đẩy mạnh công tác người Việt Nam ở nước ngoài trong tình hình mới và Kết luận số "
         "12-KL/TW.", {("88/QĐ-TTg", "implements", "38-CT/TW"), ("88/QĐ-TTg", "implements", "12-KL/TW")}),
        # regression: a scheme named again by the words of its quoted title or short name was no citation (a policy's
        # "phát triển", a quantity's "1 triệu"), so what carries it out implemented nothing
        ('Thủ tướng ký Quyết định số 338/QĐ-TTg ngày 3/4/2023 phê duyệt Đề án "Đầu tư xây dựng ít nhất 1 triệu căn hộ nhà '
         'ở xã hội cho đối tượng thu nhập thấp" (gọi tắt là Đề án 1 triệu căn hộ). Để triển khai Đề án 1 triệu căn hộ, Bộ '
         'Xây dựng đã ban hành Thông tư số 05/2024/TT-BXD.', {("05/2024/TT-BXD", "implements", "338/QĐ-TTg")}),
        ('Phó Thủ tướng ký Quyết định số 1017/QĐ-TTg ngày 21/9/2024 phê duyệt Chương trình "Phát triển nguồn nhân lực '
         'ngành công nghiệp bán dẫn đến năm 2030". Bộ trưởng Bộ Giáo dục và Đào tạo đã ký Quyết định số 2985/QĐ-BGDĐT ban '
         'hành Kế hoạch triển khai Chương trình phát triển nguồn nhân lực ngành công nghiệp bán dẫn.',
         {("2985/QĐ-BGDĐT", "implements", "1017/QĐ-TTg")}),
        ("Tỉnh ủy ban hành Kế hoạch số 50-KH/TU về thực hiện Chỉ thị số 38-CT/TW về công tác người Việt Nam ở nước "
         "ngoài và Kế hoạch số 51-KH/TU về công tác dân vận.", {("50-KH/TU", "implements", "38-CT/TW")}),
        # regression: a law "thi hành" (carried out) by a plan, a circular guiding a decree, gave no relation
        ("Để triển khai thi hành Luật Đất đai số 31/2024/QH15, UBND tỉnh Bắc Ninh ban hành Kế hoạch số "
         "210/KH-UBND ngày 15/5/2024.", {("210/KH-UBND", "implements", "31/2024/QH15")}),
        # regression: a lead's bare "Luật," named no document ("Để thi hành Luật, Chính phủ ban hành Nghị định số
        # 85/2025/NĐ-CP" after the law passed gave no relation)
        ("Quốc hội thông qua Luật Đầu tư công số 58/2024/QH15. Để thi hành Luật, Chính phủ ban hành Nghị định số "
         "85/2025/NĐ-CP.", {("85/2025/NĐ-CP", "implements", "58/2024/QH15")}),
        # regression: … a bare "Luật" ending a clause after "của" or "thi hành" ("Nghị định … quy định chi tiết một số
        # điều của Luật, …" gave no relation)
        ("Triển khai Luật Phòng, chống ma túy năm 2021 và Nghị định số 116/2021/NĐ-CP ngày 21/12/2021 của Chính phủ quy "
         "định chi tiết một số điều của Luật, huyện đã thành lập cơ sở cai nghiện tự nguyện.",
         {("116/2021/NĐ-CP", "implements", "Luật#")}),
        ("Luật Đất đai số 31/2024/QH15 có hiệu lực từ ngày 1/8/2024. Chính phủ ban hành Nghị định số 102/2024/NĐ-CP quy "
         "định chi tiết thi hành Luật.", {("102/2024/NĐ-CP", "implements", "31/2024/QH15")}),
        # regression: … a bare "Luật" whose clause ends with where it is carried out, or that is the subject of a clause
        # opening with "sau khi" ("… triển khai thi hành Luật trên địa bàn tỉnh", "Ngay sau khi Luật có hiệu lực, …")
        ("Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15 được thông qua ngày 10/11/2022. UBND tỉnh Yên Bái ban hành "
         "Kế hoạch số 203/KH-UBND ngày 2/6/2023 triển khai thi hành Luật trên địa bàn tỉnh.",
         {("203/KH-UBND", "implements", "10/2022/QH15")}),
        ("Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15 được thông qua ngày 10/11/2022. Ngay sau khi Luật có hiệu lực, "
         "UBND huyện Trấn Yên ban hành Kế hoạch số 98/KH-UBND ngày 5/7/2023.",
         {("98/KH-UBND", "implements", "10/2022/QH15")}),
        # regression: … a bare "Luật" a purpose brings into life ("Để đưa Luật vào cuộc sống, UBND tỉnh ban hành A" gave
        # no relation, "Luật" naming nothing)
        ("Luật Phòng thủ dân sự số 18/2023/QH15 được thông qua ngày 20/6/2023. Để đưa Luật vào cuộc sống, UBND tỉnh "
         "Tuyên Quang ban hành Kế hoạch số 145/KH-UBND ngày 10/8/2023.", {("145/KH-UBND", "implements", "18/2023/QH15")}),
        ("Luật Cư trú số 68/2020/QH14 có hiệu lực từ ngày 1/7/2021. Nhằm đưa Luật vào thực tiễn, Công an tỉnh ban hành "
         "Kế hoạch số 77/KH-CAT ngày 5/7/2021.", {("77/KH-CAT", "implements", "68/2020/QH14")}),
        # … not a university's or a faculty's name
        ("Luật Đất đai số 31/2024/QH15 có hiệu lực. Nghị định số 102/2024/NĐ-CP được giới thiệu tại Trường Đại học Luật, "
         "Khoa Luật.", set()),
        # … the law the article opens with, not the latest its history names
        ("Luật Tổ chức chính quyền địa phương số 72/2025/QH15 có hiệu lực từ ngày 1/7/2025. Luật này thay thế Luật số "
         "77/2015/QH13 đã được sửa đổi, bổ sung theo Luật số 65/2025/QH15. Để hướng dẫn Luật, Chính phủ ban hành Nghị "
         "định số 150/2025/NĐ-CP ngày 20/7/2025.",
         {("72/2025/QH15", "replaces", "77/2015/QH13"), ("65/2025/QH15", "amends", "77/2015/QH13"),
          ("150/2025/NĐ-CP", "implements", "72/2025/QH15")}),
        ("UBND tỉnh ban hành Kế hoạch số 210/KH-UBND ngày 15/5/2024 triển khai thi hành Luật Đất đai số "
         "31/2024/QH15.", {("210/KH-UBND", "implements", "31/2024/QH15")}),
        ("Bộ Tài chính ban hành Thông tư số 12/2024/TT-BTC hướng dẫn thi hành Nghị định số 73/2019/NĐ-CP ngày "
         "5/9/2019 của Chính phủ.", {("12/2024/TT-BTC", "implements", "73/2019/NĐ-CP")}),
        # regression: a purpose between the passive issuing verb and the phrase ("được ban hành để hướng dẫn
        # thực hiện B"), a bare noun whose verb is "thay thế", gave no relation
        ("Bộ Tài chính ban hành Thông tư số 12/2024/TT-BTC. Thông tư được ban hành để hướng dẫn thực hiện Nghị "
         "định số 73/2019/NĐ-CP.", {("12/2024/TT-BTC", "implements", "73/2019/NĐ-CP")}),
        # regression: a passive with its agent after B's description is the clause subject's, not B's: the relation
        # after it stays unread rather than B's ("… trên cơ sở Nghị định số 81/2021/NĐ-CP … của Chính phủ, được HĐND tỉnh
        # thông qua ngày …, có hiệu lực … và thay thế B2" made the decree replace the council's resolution, in a
        # commit taken back; the resolution's own "thay thế" is a known failure)
        ("HĐND tỉnh ban hành Nghị quyết số 185/2021/NQ-HĐND quy định mức thu học phí. Nghị quyết được xây dựng trên cơ sở "
         "Nghị định số 81/2021/NĐ-CP ngày 27/8/2021 của Chính phủ, được HĐND tỉnh thông qua ngày 10/12/2021, có hiệu lực "
         "từ ngày 20/12/2021 và thay thế Nghị quyết số 45/2016/NQ-HĐND ngày 8/12/2016 của HĐND tỉnh.",
         {("185/2021/NQ-HĐND", "based_on", "81/2021/NĐ-CP")}),
        # regression: a purpose word right before a phrase ("Nghị định nhằm quy định chi tiết Luật …" related nothing:
        # a purpose needed a word between "nhằm" and the phrase)
        ("Chính phủ ban hành Nghị định 168/2024/NĐ-CP ngày 26-12-2024. Nghị định nhằm quy định chi tiết Luật Trật tự, an "
         "toàn giao thông đường bộ số 36/2024/QH15.", {("168/2024/NĐ-CP", "implements", "36/2024/QH15")}),
        # regression: "lãnh đạo tổ chức thực hiện B" (to lead the carrying out of B) related nothing ("Ban Thường vụ Thành ủy
        # đã ban hành Kế hoạch số 235-KH/TU ngày 15/7/2024 lãnh đạo tổ chức thực hiện Nghị quyết số 136/2024/QH15")
        ("Trước đó, Ban Thường vụ Thành ủy đã ban hành Kế hoạch số 235-KH/TU ngày 15/7/2024 lãnh đạo tổ chức thực hiện "
         "Nghị quyết số 136/2024/QH15.", {("235-KH/TU", "implements", "136/2024/QH15")}),
        ("Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 45-KH/TU lãnh đạo triển khai Nghị quyết số 57-NQ/TW.",
         {("45-KH/TU", "implements", "57-NQ/TW")}),
        # regression: "hiện thực hóa" (to make B real) related nothing ("Để hiện thực hóa Nghị quyết số 57-NQ/TW …, ngày
        # 5/3/2025, Ban Thường vụ Tỉnh ủy Yên Bái đã ban hành Kế hoạch số 298-KH/TU")
        ("Để hiện thực hóa Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị, ngày 5/3/2025, Ban Thường vụ Tỉnh ủy "
         "Yên Bái đã ban hành Kế hoạch số 298-KH/TU.", {("298-KH/TU", "implements", "57-NQ/TW")}),
        ("UBND tỉnh ban hành Kế hoạch số 62/KH-UBND nhằm hiện thực hoá Nghị quyết số 57-NQ/TW.",
         {("62/KH-UBND", "implements", "57-NQ/TW")}),
        # regression: a meeting's act after the report it approves ("Hội nghị đã thông qua Báo cáo số 412-BC/TU … tổng kết
        # 10 năm thực hiện B; đồng thời quán triệt C" made the report carry C out)
        ("Hội nghị đã thông qua Báo cáo số 412-BC/TU của Ban Thường vụ Tỉnh ủy tổng kết 10 năm thực hiện Kết luận số "
         "114-KL/TW; đồng thời quán triệt Quyết định số 23-QĐ/TW ngày 30/7/2021 của Bộ Chính trị.",
         {("412-BC/TU", "reviews", "114-KL/TW")}),
        ("Hội nghị đã thông qua Báo cáo số 412-BC/TU của Ban Thường vụ Tỉnh ủy tổng kết 10 năm thực hiện Kết luận số "
         "114-KL/TW, đồng thời quán triệt Quyết định số 23-QĐ/TW ngày 30/7/2021 của Bộ Chính trị.",
         {("412-BC/TU", "reviews", "114-KL/TW")}),
        # regression: the edition a regulation's name is marked with, in brackets, before its relation phrase ("Quy chế
        # làm việc của Ban Chấp hành Đảng bộ xã (sửa đổi), thay thế quy chế ban hành kèm theo B" replaced nothing)
        ("Hội nghị thông qua Quy chế làm việc của Ban Chấp hành Đảng bộ phường (sửa đổi), thay thế quy chế ban hành kèm "
         "theo Quyết định số 03-QĐ/ĐU ngày 10/7/2025.", {("Quy chế#", "replaces", "03-QĐ/ĐU")}),
        # regression: … or after a later item of the list the subject acts on ("… thực hiện nghiêm Nghị quyết 12 và Kết
        # luận số 12-KL/TW … về tiếp tục thực hiện B; đồng thời quán triệt C" made the conclusion carry C out)
        ("Giám đốc Công an tỉnh đề nghị các chi bộ thực hiện nghiêm Nghị quyết 12 và Kết luận số 12-KL/TW ngày "
         "21/7/2021 của Bộ Chính trị về tiếp tục thực hiện Nghị quyết số 22-NQ/TW của Bộ Chính trị khóa XI; đồng thời "
         "quán triệt Chỉ thị số 16-CT/ĐUCA ngày 20/12/2023 của Đảng ủy Công an Trung ương.",
         {("12-KL/TW", "continues", "22-NQ/TW")}),
        # regression: … or after the occasion, set off by a comma ("Chỉ thị được ban hành sau vụ cháy … làm 56 người tử
        # vong, nhằm tiếp tục thực hiện B" gave no relation)
        ("Ban Thường vụ Thành ủy ban hành Chỉ thị số 19-CT/TU ngày 29/9/2023 về phòng cháy, chữa cháy. Chỉ thị được ban "
         "hành sau vụ cháy chung cư mini tại phường Khương Đình (quận Thanh Xuân) làm 56 người tử vong, nhằm tiếp tục "
         "thực hiện Chỉ thị số 47-CT/TW ngày 25/6/2015 của Ban Bí thư.", {("19-CT/TU", "implements", "47-CT/TW")}),
        # regression: an agent after "do", and one with the signer's name (nine words), before the purpose ("Quyết định
        # số 1122/QĐ-UBND … do Phó chủ tịch UBND thành phố Trần Chí Cường ký, nhằm cụ thể hóa B" gave no relation)
        ("Quyết định số 1122/QĐ-UBND ngày 3/5/2024 do Phó chủ tịch UBND thành phố Trần Chí Cường ký, nhằm cụ thể hóa Chỉ "
         "thị số 10/CT-TTg ngày 19/4/2023 về tăng cường bảo đảm trật tự an toàn giao thông.",
         {("1122/QĐ-UBND", "implements", "10/CT-TTg")}),
        ("Chỉ thị số 09/CT-UBND được Chủ tịch UBND tỉnh Lâm Đồng Trần Văn Hiệp ký ban hành nhằm thực hiện Kết luận số "
         "1079-KL/TU ngày 5/4/2024 của Ban Thường vụ Tỉnh ủy.", {("09/CT-UBND", "implements", "1079-KL/TU")}),
        # … not "do" of a cause
        ("Quyết định số 1122/QĐ-UBND ngày 3/5/2024 chậm triển khai do thiếu kinh phí, ảnh hưởng tiến độ thực hiện Chỉ thị "
         "số 10/CT-TTg.", set()),
        # regression: the agent named between "được" and the verb ("được UBND thành phố ban hành để cụ thể hóa B") gave
        # no relation: two words were allowed there
        ("Tỉnh ủy ban hành Chỉ thị số 20-CT/TU ngày 27/3/2023. Kế hoạch số 119/KH-UBND được UBND tỉnh Hà Tĩnh ban hành "
         "để cụ thể hóa Chỉ thị này.", {("119/KH-UBND", "implements", "20-CT/TU")}),
        ("Kế hoạch số 12-KH/HU được Ban Thường vụ Huyện ủy ban hành nhằm triển khai thực hiện Nghị quyết số 57-NQ/TW.",
         {("12-KH/HU", "implements", "57-NQ/TW")}),
        ("Chính phủ ban hành Nghị định số 85/2025/NĐ-CP quy định chi tiết Luật Đầu tư công; Nghị định thay thế "
         "Nghị định số 40/2020/NĐ-CP ngày 6/4/2020 của Chính phủ.", {("85/2025/NĐ-CP", "replaces", "40/2020/NĐ-CP"),
                                                           ("85/2025/NĐ-CP", "implements", "Luật#")}),
        # regression: a council's resolution passed on a submission it "xét" gave no relation
        ("Sau khi xem xét Tờ trình số 312/TTr-UBND ngày 5/12/2023 của UBND huyện, HĐND huyện đã thông qua Nghị "
         "quyết số 45/NQ-HĐND về đầu tư công.", {("45/NQ-HĐND", "based_on", "312/TTr-UBND")}),
        ("Xét Tờ trình số 312/TTr-UBND của UBND huyện, HĐND huyện thông qua Nghị quyết số 45/NQ-HĐND.",
         {("45/NQ-HĐND", "based_on", "312/TTr-UBND")}),
        ("Theo đề nghị tại Tờ trình số 312/TTr-UBND của UBND huyện, HĐND huyện thông qua Nghị quyết số 45/NQ-HĐND.",
         {("45/NQ-HĐND", "based_on", "312/TTr-UBND")}),
        ("Nghị quyết số 45/NQ-HĐND được thông qua trên cơ sở xem xét Tờ trình số 312/TTr-UBND của UBND huyện.",
         {("45/NQ-HĐND", "based_on", "312/TTr-UBND")}),
        # regression: "(mới)", "(cũ)" after the issuer's place hid the relation and the list after it
        ("Kế hoạch số 15/KH-UBND của UBND phường Hạc Thành (mới) thực hiện Kế hoạch số 120/KH-UBND của UBND tỉnh "
         "Thanh Hóa.", {("15/KH-UBND", "implements", "120/KH-UBND")}),
        ("Quyết định số 12/QĐ-UBND thay thế Quyết định số 1.111/QĐ-UBND ngày 20/5/2025 của UBND tỉnh Vĩnh Phúc (cũ) "
         "và Quyết định số 845/QĐ-UBND ngày 22/5/2025 của UBND tỉnh Hòa Bình (cũ).",
         {("12/QĐ-UBND", "replaces", "1111/QĐ-UBND"), ("12/QĐ-UBND", "replaces", "845/QĐ-UBND")}),
        # regression: a provincial plan listed after the Kết luận's title was continued by the central Kết luận
        ("UBND tỉnh ban hành Kế hoạch số 7890/KH-UBND thực hiện Kết luận số 87-KL/TW ngày 29/7/2024 của Ban Bí thư "
         "về tiếp tục thực hiện Chỉ thị số 42-CT/TW ngày 24/3/2015 của Ban Bí thư về phòng chống thiên tai và Kế "
         "hoạch số 56-KH/TU ngày 3/9/2024 của Ban Thường vụ Tỉnh ủy.",
         {("7890/KH-UBND", "implements", "87-KL/TW"), ("7890/KH-UBND", "implements", "56-KH/TU"),
          ("87-KL/TW", "continues", "42-CT/TW")}),
        # regression: what A replaces named as what B approves ("Đề án này thay thế Đề án được phê duyệt tại Nghị quyết số
        # 04/2017/NQ-HĐND": the bare "Đề án" was read back to A, so A replaced nothing)
        ("HĐND thành phố thông qua Nghị quyết số 28/NQ-HĐND về Đề án phát triển giao thông công cộng. Đề án này thay thế "
         "Đề án được phê duyệt tại Nghị quyết số 04/2017/NQ-HĐND ngày 4/7/2017 của HĐND thành phố.",
         {("28/NQ-HĐND", "replaces", "04/2017/NQ-HĐND")}),
        # regression: a letter's addressees before its subject ("gửi các sở, ngành về việc …") hid the relation
        ("Chủ tịch UBND tỉnh ký ban hành Công văn số 45/UBND-NC gửi các sở, ngành về việc triển khai thi hành Nghị "
         "định số 168/2024/NĐ-CP ngày 26/12/2024 của Chính phủ.", {("45/UBND-NC", "implements", "168/2024/NĐ-CP")}),
        ("Sở GD&ĐT ban hành Công văn số 388/SGDĐT-GDPT gửi trưởng phòng giáo dục và đào tạo các quận, huyện, thị xã "
         "và hiệu trưởng các trường trung học phổ thông về việc triển khai Thông tư số 29/2024/TT-BGDĐT.",
         {("388/SGDĐT-GDPT", "implements", "29/2024/TT-BGDĐT")}),  # addressees past twelve words
        # regression: a body's abbreviation or a count among the addressees ("gửi các phòng GD&ĐT quận, huyện …",
        # "gửi các phòng, ban và UBND 10 phường yêu cầu thực hiện nghiêm B") hid the relation
        ("Sở GD&ĐT có Công văn số 512/SGDĐT-GDPT gửi các phòng GD&ĐT quận, huyện và các trường THPT về việc triển khai "
         "Thông tư số 29/2024/TT-BGDĐT.", {("512/SGDĐT-GDPT", "implements", "29/2024/TT-BGDĐT")}),
        ("UBND quận ban hành Công văn số 1310/UBND-VP gửi các phòng, ban và UBND 10 phường yêu cầu thực hiện nghiêm Chỉ "
         "thị số 16/CT-TTg của Thủ tướng Chính phủ.", {("1310/UBND-VP", "implements", "16/CT-TTg")}),
        # regression: the addressees alone before the act, with no verb of directing ("Công điện số 47/CĐ-BCH-PTDS gửi các
        # thành viên Ban Chỉ huy … triển khai Công điện số 14/CĐ-UBND") gave nothing; a report asked for still gives none
        ("Sở Nông nghiệp và Phát triển nông thôn phát Công điện số 21/CĐ-SNN gửi các phòng, đơn vị trực thuộc và UBND "
         "các huyện triển khai Công điện số 09/CĐ-UBND của Chủ tịch UBND tỉnh.", {("21/CĐ-SNN", "implements", "09/CĐ-UBND")}),
        ("UBND tỉnh có Công văn số 45/UBND-NC gửi các sở, ngành báo cáo kết quả thực hiện Chỉ thị số 08/CT-TTg.", set()),
        # regression: nor does a plan asked for, still to come, make the letter carry B out ("Công văn … đề nghị các huyện
        # ủy xây dựng kế hoạch triển khai B" gave "A implements B")
        ("Thường trực Tỉnh ủy ban hành Công văn số 2150-CV/TU đề nghị các huyện ủy, thị ủy khẩn trương xây dựng kế "
         "hoạch triển khai Kết luận số 14-KL/TW của Bộ Chính trị.", set()),
        # … but a letter that guides the building of such plans carries B out, as a guide does
        ("Bộ Nội vụ có Văn bản số 3120/BNV-TH gửi UBND các tỉnh hướng dẫn xây dựng kế hoạch thực hiện Quyết định số "
         "1230/QĐ-TTg của Thủ tướng Chính phủ.", {("3120/BNV-TH", "implements", "1230/QĐ-TTg")}),
        # regression: a joint document's second issuer ended the list of what A is based on ("… của Bộ Nội vụ và Bộ
        # Tài chính; Nghị quyết số 36/2023/NQ-HĐND …" lost the resolution)
        ("Kế hoạch số 88/KH-UBND được ban hành căn cứ Thông tư liên tịch số 03/2016/TTLT-BNV-BTC ngày 30/6/2016 của "
         "Bộ Nội vụ và Bộ Tài chính; Nghị quyết số 36/2023/NQ-HĐND ngày 14/12/2023 của HĐND tỉnh.",
         {("88/KH-UBND", "based_on", "03/2016/TTLT-BNV-BTC"), ("88/KH-UBND", "based_on", "36/2023/NQ-HĐND")}),
        # regression: a legal document of the same year dated after A is no second object of A's description
        ("Công tác hòa giải được triển khai theo Nghị định số 15/2014/NĐ-CP ngày 27/02/2014 của Chính phủ quy định chi "
         "tiết một số điều và biện pháp thi hành Luật Hòa giải ở cơ sở số 35/2013/QH13 và Nghị quyết liên tịch số "
         "01/2014/NQLT/CP-UBTƯMTTQVN ngày 18/11/2014 hướng dẫn phối hợp thực hiện.",
         {("15/2014/NĐ-CP", "implements", "35/2013/QH13")}),
        # regression: an item's description ("… hướng dẫn …", "… ban hành …") ended the list of what A is based on
        ("Căn cứ Thông tư số 56/2025/TT-BTC ngày 25/6/2025 của Bộ Tài chính hướng dẫn xây dựng dự toán ngân sách "
         "năm 2026 và Chỉ thị số 15/CT-UBND ngày 10/7/2025 của Chủ tịch UBND tỉnh, Sở Tài chính ban hành Hướng dẫn "
         "số 2345/HD-STC ngày 20/7/2025.",
         {("2345/HD-STC", "based_on", "56/2025/TT-BTC"), ("2345/HD-STC", "based_on", "15/CT-UBND")}),
        ("Kế hoạch số 215/KH-UBND được xây dựng căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành "
         "Chương trình tổng thể cải cách hành chính nhà nước và Quyết định số 1.780/QĐ-UBND ngày 5/8/2025 của UBND tỉnh.",
         {("215/KH-UBND", "based_on", "76/NQ-CP"), ("215/KH-UBND", "based_on", "1780/QĐ-UBND")}),
        # regression: a second "căn cứ" after a semicolon ended the list of what A is based on ("… căn cứ Luật Tổ chức
        # Chính phủ ngày 19/6/2015; căn cứ Quyết định số 95/QĐ-TTg …" lost the decision)
        ("Thủ tướng ký Quyết định số 300/QĐ-BCĐ ngày 12/2/2025 ban hành Quy chế hoạt động của Ban Chỉ đạo. Quyết định "
         "được ban hành căn cứ Luật Tổ chức Chính phủ ngày 19/6/2015; căn cứ Quyết định số 95/QĐ-TTg ngày 13/1/2025 "
         "của Thủ tướng Chính phủ về việc thành lập Ban Chỉ đạo; theo đề nghị của Bộ trưởng Bộ Khoa học và Công nghệ.",
         {("300/QĐ-BCĐ", "based_on", "Luật#"), ("300/QĐ-BCĐ", "based_on", "95/QĐ-TTg")}),
        # regression: a lead that names nothing ("Để triển khai, …") carries out the previous sentence's document
        ("HĐND tỉnh thông qua Nghị quyết số 10/2024/NQ-HĐND quy định mức thu học phí. Để triển khai, UBND tỉnh đã "
         "ban hành Kế hoạch số 345/KH-UBND ngày 25/7/2024.", {("345/KH-UBND", "implements", "10/2024/NQ-HĐND")}),
        # regression: … and the clauses after "; " that issue too ("…; Sở VHTTDL ban hành A2" was left out)
        ("Lễ hội được tổ chức theo Quyết định số 2512/QĐ-BVHTTDL ngày 7/10/2022 của Bộ trưởng Bộ VHTTDL. Để triển khai, "
         "UBND tỉnh đã ban hành Kế hoạch số 196/KH-UBND ngày 14/10/2022; Sở VHTTDL ban hành Kế hoạch số 35/KH-SVHTTDL "
         "ngày 10/1/2023 về tổ chức các hoạt động văn hóa, thể thao, du lịch.",
         {("196/KH-UBND", "implements", "2512/QĐ-BVHTTDL"), ("35/KH-SVHTTDL", "implements", "2512/QĐ-BVHTTDL")}),
        # … but not after "Trên cơ sở đó": the clause after A1 is based on A1's "đó", not on B
        ("Ban Tổ chức Thành ủy ban hành Hướng dẫn số 12-HD/BTCTU ngày 02/8/2019 hướng dẫn thực hiện Kế hoạch số "
         "186-KH/TU. Trên cơ sở đó, Ban Thường vụ Huyện ủy Thủy Nguyên đã ban hành Kế hoạch số 95-KH/HU ngày 15/8/2019; "
         "UBND huyện ban hành Kế hoạch số 210/KH-UBND ngày 20/8/2019 triển khai thực hiện Kế hoạch số 95-KH/HU.",
         {("12-HD/BTCTU", "implements", "186-KH/TU"), ("95-KH/HU", "based_on", "12-HD/BTCTU"),
          ("210/KH-UBND", "implements", "95-KH/HU")}),
        # regression: a passive in parentheses after B gave no relation
        ("Nghị định 168/2024/NĐ-CP thay thế Nghị định 100/2019/NĐ-CP (đã được sửa đổi, bổ sung bởi Nghị định "
         "123/2021/NĐ-CP).", {("168/2024/NĐ-CP", "replaces", "100/2019/NĐ-CP"),
                               ("123/2021/NĐ-CP", "amends", "100/2019/NĐ-CP")}),
        # regression: a list after the amended decree shared "sửa đổi" with a later circular
        ("Quyết định được ban hành căn cứ Nghị định số 107/2020/NĐ-CP sửa đổi, bổ sung một số điều của Nghị định số "
         "24/2014/NĐ-CP và Thông tư số 05/2025/TT-BNNMT của Bộ Nông nghiệp và Môi trường.",
         {("107/2020/NĐ-CP", "amends", "24/2014/NĐ-CP")}),
        # regression: … and a circular of the amending one's year listed after the older one it amends ("… trong đó có
        # Thông tư số 06/2024/TT-NHNN sửa đổi … Thông tư số 39/2016/TT-NHNN … và Thông tư 05/2024/TT-NHNN quy định …"
        # amended the later circular too)
        ("Bộ Tài chính đã ban hành 5 thông tư hướng dẫn, trong đó có Thông tư số 18/2024/TT-BTC ngày 20/3/2024 sửa "
         "đổi, bổ sung một số điều của Thông tư số 80/2021/TT-BTC ngày 29/9/2021 hướng dẫn Luật Quản lý thuế và Thông "
         "tư số 15/2024/TT-BTC quy định về hóa đơn.",
         {("18/2024/TT-BTC", "amends", "80/2021/TT-BTC"), ("80/2021/TT-BTC", "implements", "Luật#")}),
        ("Thông tư số 18/2024/TT-BTC sửa đổi, bổ sung Thông tư số 80/2021/TT-BTC và Thông tư số 39/2014/TT-BTC.",
         {("18/2024/TT-BTC", "amends", "80/2021/TT-BTC"), ("18/2024/TT-BTC", "amends", "39/2014/TT-BTC")}),
        ("Luật số 43/2024/QH15 sửa đổi, bổ sung một số điều của Luật Nhà ở số 27/2023/QH15 và Luật Các tổ chức tín "
         "dụng số 32/2024/QH15.",
         {("43/2024/QH15", "amends", "27/2023/QH15"), ("43/2024/QH15", "amends", "32/2024/QH15")}),
        # regression: a phrase with its object left implicit ("… để thực hiện;") carries out what the
        # sentence before names
        ("Ban Thường vụ Tỉnh ủy tổ chức hội nghị quán triệt Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị. "
         "Huyện ủy Thanh Chương ban hành Kế hoạch số 118-KH/HU ngày 2/8/2021 để thực hiện; nhiều chi bộ đưa nội "
         "dung vào sinh hoạt định kỳ.", {("118-KH/HU", "implements", "01-KL/TW")}),
        # … an unnumbered plan of a commune after "Ngay sau đó": the plan the sentence before issues
        ("Đảng ủy xã Đức Thọ ban hành Kế hoạch số 12-KH/ĐU ngày 25/7/2025 triển khai thực hiện Chương trình hành "
         "động số 30-CTr/TU. Ngay sau đó, UBND xã Đức Thọ đã xây dựng kế hoạch thực hiện, phân công nhiệm vụ cho "
         "từng thôn.", {("12-KH/ĐU", "implements", "30-CTr/TU"), ("Kế hoạch#", "implements", "12-KH/ĐU")}),
        # … the document named before it in its sentence; next, the one issued there, not what that carries out
        ("Ngay sau khi có Nghị quyết số 1658-NQ/QUTW của Quân ủy Trung ương, Thường vụ Đảng ủy Quân sự tỉnh ban "
         "hành Nghị quyết số 1023-NQ/ĐU ngày 15/2/2023 để lãnh đạo triển khai thực hiện. Bộ Chỉ huy Quân sự tỉnh "
         "đã xây dựng Kế hoạch số 256/KH-BCH ngày 20/3/2023 để tổ chức thực hiện.",
         {("1023-NQ/ĐU", "implements", "1658-NQ/QUTW"), ("256/KH-BCH", "implements", "1023-NQ/ĐU")}),
        # … every document listed there; where it is carried out may follow the phrase
        ("Sáng 14/9, Ban Thường vụ Huyện ủy tổ chức hội nghị sơ kết 10 năm thực hiện Chỉ thị số 09-CT/TW ngày "
         "01/12/2011 của Ban Bí thư và Kế hoạch số 120-KH/TU của Ban Thường vụ Tỉnh ủy. Ban Thường vụ Huyện ủy đã "
         "ban hành Kế hoạch số 45-KH/HU để triển khai đến các tổ chức cơ sở đảng.",
         {("45-KH/HU", "implements", "09-CT/TW"), ("45-KH/HU", "implements", "120-KH/TU")}),
        # … a sentence or two back, over a paragraph break
        ("Thủ tướng Chính phủ ban hành Chỉ thị số 19/CT-TTg về phòng cháy, chữa cháy. Theo Kế hoạch số "
         "156/KH-UBND của UBND huyện, các xã rà soát nhà ở nhiều tầng. Công an huyện chủ trì kiểm tra.\n\nNgay sau "
         "đó, UBND thị trấn đã ban hành kế hoạch thực hiện, thành lập 6 tổ kiểm tra.",
         {("Kế hoạch#", "implements", "156/KH-UBND")}),
        # … else the article's lead
        ("Chiều 5/3, Huyện ủy tổ chức hội nghị quán triệt Chỉ thị số 35-CT/TW của Bộ Chính trị.\n\nNăm 2024, huyện "
         "đạt nhiều kết quả. Các xã hoàn thành chỉ tiêu. Huyện ủy mở lớp bồi dưỡng.\n\nBan Thường vụ Huyện ủy đã "
         "ban hành Kế hoạch số 150-KH/HU để thực hiện.", {("150-KH/HU", "implements", "35-CT/TW")}),
        # … not when a second verb shares the object after a comma, nor beside a lead's relation
        ("Tỉnh ủy ban hành Chương trình hành động số 06-CTr/TU ngày 18/7/2025. Đảng ủy các cơ quan Đảng tỉnh cũng "
         "đã có Kế hoạch số 09-KH/ĐU ngày 22/7/2025 quán triệt, tuyên truyền Nghị quyết số 68-NQ/TW trong các cơ "
         "quan tham mưu.", {("09-KH/ĐU", "implements", "68-NQ/TW")}),  # its own B (data/relation_phrases), not 06-CTr/TU
        ("Ngày 12/4/2024, Thủ tướng Chính phủ ban hành Chỉ thị số 19/CT-TTg. Căn cứ Chỉ thị số 19/CT-TTg, UBND "
         "huyện Yên Thành đã ban hành Kế hoạch số 156/KH-UBND ngày 20/5/2024 để tổ chức thực hiện trên địa bàn "
         "huyện.", {("156/KH-UBND", "based_on", "19/CT-TTg")}),
        # regression: what is amended is the decision that carries the regulation, after the rest of its name
        ("Ban Thường vụ Tỉnh ủy ban hành Quyết định số 1250-QĐ/TU sửa đổi, bổ sung một số điều của Quy chế làm việc "
         "của Ban Chấp hành Đảng bộ tỉnh, Ban Thường vụ Tỉnh ủy, Thường trực Tỉnh ủy khóa XVI, nhiệm kỳ 2020 - 2025 ban "
         "hành kèm theo Quyết định số 02-QĐ/TU ngày 15/10/2020.", {("1250-QĐ/TU", "amends", "02-QĐ/TU")}),
        # regression: an implicit object in the title ("về việc triển khai thực hiện.")
        ("Ngày 5/3/2024, Bộ Chính trị ban hành Quy định số 144-QĐ/TW về chuẩn mực đạo đức. Ngày 20/3/2024, Ban "
         "Thường vụ Tỉnh ủy ban hành Kế hoạch số 12-KH/TU về việc triển khai thực hiện.",
         {("12-KH/TU", "implements", "144-QĐ/TW")}),
        # regression: "tinh thần" between a lead phrase and B ("Quán triệt tinh thần B, X ban hành A")
        ("Quán triệt tinh thần Chỉ thị số 35-CT/TW của Bộ Chính trị, Huyện ủy ban hành Kế hoạch số 150-KH/HU.",
         {("150-KH/HU", "implements", "35-CT/TW")}),
        # regression: "hướng dẫn tại", "quy định tại" between the lead phrase and B ("Trên cơ sở hướng dẫn tại Thông tư
        # số 02/2022/TT-UBDT …, UBND huyện ban hành Quyết định số 888/QĐ-UBND …") gave no relation
        ("Trên cơ sở hướng dẫn tại Thông tư số 02/2022/TT-UBDT ngày 30/6/2022 của Ủy ban Dân tộc, UBND huyện ban hành "
         "Quyết định số 888/QĐ-UBND ngày 1/9/2022 phê duyệt danh mục dự án.",
         {("888/QĐ-UBND", "based_on", "02/2022/TT-UBDT")}),
        ("Căn cứ quy định tại Nghị định số 27/2022/NĐ-CP của Chính phủ, UBND tỉnh ban hành Quyết định số 35/2022/QĐ-UBND.",
         {("35/2022/QĐ-UBND", "based_on", "27/2022/NĐ-CP")}),
        ("Thực hiện hướng dẫn tại Công văn số 1234/UBDT-KHTC của Ủy ban Dân tộc, UBND huyện ban hành Kế hoạch số "
         "891/KH-UBND.", {("891/KH-UBND", "implements", "1234/UBDT-KHTC")}),
        # regression: a bare capitalised B before "vào" ("đưa Quy định vào cuộc sống") was no reference
        ("Ngày 5/3/2024, Bộ Chính trị ban hành Quy định số 144-QĐ/TW về chuẩn mực đạo đức. Ban Thường vụ Tỉnh ủy "
         "đã kịp thời ban hành Kế hoạch số 12-KH/TU nhằm sớm đưa Quy định vào cuộc sống.",
         {("12-KH/TU", "implements", "144-QĐ/TW")}),
        # regression: "Trên cơ sở Nghị quyết chuyên đề, …" gave an implicit "implements" in place of the lead's based_on
        ("Đảng ủy phường ban hành Nghị quyết chuyên đề số 03-NQ/ĐU ngày 30/9/2025 về chỉnh trang đô thị. Trên cơ sở "
         "Nghị quyết chuyên đề, UBND phường đã ban hành kế hoạch thực hiện, tập trung vào các tuyến phố chính.",
         {("Kế hoạch#", "based_on", "03-NQ/ĐU")}),
        # regression: "Để tiếp tục thực hiện B, X ban hành A" gave no relation
        ("Để tiếp tục thực hiện Chỉ thị số 26-CT/TU, UBND tỉnh đã ban hành Kế hoạch số 410/KH-UBND ngày 12/6/2024.",
         {("410/KH-UBND", "implements", "26-CT/TU")}),
        # regression: a Party body's plan with its object implicit carries out the Party directive, not the
        # state plan the sentence before issues
        ("Để tiếp tục thực hiện Chỉ thị số 26-CT/TU, UBND tỉnh đã ban hành Kế hoạch số 410/KH-UBND ngày 12/6/2024. "
         "Ngay sau đó, Ban Thường vụ Huyện ủy Diễn Châu đã ban hành kế hoạch thực hiện, yêu cầu các đảng ủy xã "
         "đưa nội dung vào sinh hoạt chi bộ.",
         {("410/KH-UBND", "implements", "26-CT/TU"), ("Kế hoạch#", "implements", "26-CT/TU")}),
        # regression: a lead after a portal's name of five words ("Cổng TTĐT huyện Kỳ Anh - Căn cứ …")
        ("Cổng TTĐT huyện Kỳ Anh - Căn cứ Luật Phòng, chống thiên tai năm 2013; Căn cứ Quyết định số "
         "18/2021/QĐ-TTg ngày 22/4/2021 của Thủ tướng Chính phủ, ngày 15/3/2024, UBND huyện Kỳ Anh đã ban hành Kế "
         "hoạch số 88/KH-UBND.", {("88/KH-UBND", "based_on", "Luật#"), ("88/KH-UBND", "based_on", "18/2021/QĐ-TTg")}),
        # regression: a report that reviews "việc thực hiện" of what the sentence before names
        ("Năm 2024, Đảng ủy Quân sự tỉnh tổ chức sơ kết 5 năm thực hiện Nghị quyết số 28-NQ/TW ngày 22/9/2008 của Bộ "
         "Chính trị về xây dựng khu vực phòng thủ và Kết luận số 64-KL/TW ngày 30/10/2019 của Bộ Chính trị. Báo cáo "
         "số 120-BC/ĐU ngày 5/12/2024 của Đảng ủy Quân sự tỉnh sơ kết việc thực hiện đã chỉ rõ những kết quả nổi bật.",
         {("120-BC/ĐU", "reviews", "28-NQ/TW"), ("120-BC/ĐU", "reviews", "64-KL/TW")}),
        # regression: after a letter that directs carrying out B, what is done "để thực hiện" carries out B
        ("Ngày 20/11/2024, UBND tỉnh ban hành Công văn số 9856/UBND-NN chỉ đạo triển khai thực hiện Nghị định số "
         "123/2024/NĐ-CP. Ngay sau đó, Sở Tài nguyên và Môi trường đã ban hành Hướng dẫn số 45/HD-STNMT để thực hiện; "
         "tổ chức tập huấn cho cán bộ địa chính.",
         {("9856/UBND-NN", "implements", "123/2024/NĐ-CP"), ("45/HD-STNMT", "implements", "123/2024/NĐ-CP")}),
        # regression: "Trên cơ sở đó" after a sentence that names the issued document back by a bare noun is based on it
        ("Ngày 12-3-2024, Ban Thường vụ Quận ủy Tân Bình ban hành Kế hoạch số 178-KH/QU. Kế hoạch đặt mục tiêu đến cuối "
         "năm 2024, 100% thủ tục hành chính được cung cấp trực tuyến. Trên cơ sở đó, UBND quận Tân Bình ban hành Kế "
         "hoạch số 1245/KH-UBND ngày 20-3-2024.", {("1245/KH-UBND", "based_on", "178-KH/QU")}),
        # regression: a passive issuing verb after a description in place of a title ("quy định về …") says A's basis
        ("Trong đó, Nghị quyết số 26/2023/NQ-HĐND quy định về mức thu nhập tăng thêm cho cán bộ, công chức, viên chức "
         "được ban hành căn cứ Nghị quyết 98/2023/QH15 và Tờ trình số 6011/TTr-UBND ngày 28-11-2023 của UBND TPHCM.",
         {("26/2023/NQ-HĐND", "based_on", "98/2023/QH15"), ("26/2023/NQ-HĐND", "based_on", "6011/TTr-UBND")}),
        # regression: a peer body's plan "để thực hiện" after another's carries out what that one carries out
        ("Ngay sau đó, Thành ủy Vũng Tàu ban hành Kế hoạch số 145-KH/TU ngày 6/8/2024 thực hiện Chỉ thị 32-CT/TU; "
         "Huyện ủy Xuyên Mộc ban hành Kế hoạch số 98-KH/HU ngày 9/8/2024 để thực hiện.",
         {("145-KH/TU", "implements", "32-CT/TU"), ("98-KH/HU", "implements", "32-CT/TU")}),
        # guard: a body under another of its level carries out that one's plan
        ("Trước đó, Ban Thường vụ Tỉnh ủy đã ban hành Chương trình hành động số 05-CTr/TU ngày 20/8/2025 "
         "thực hiện Nghị quyết số 68-NQ/TW. Ngay sau đó, Đảng ủy các cơ quan Đảng tỉnh cũng ban hành Kế hoạch số "
         "12-KH/ĐU ngày 28/8/2025 để thực hiện.",
         {("05-CTr/TU", "implements", "68-NQ/TW"), ("12-KH/ĐU", "implements", "05-CTr/TU")}),
        # guard: a lower body's plan after a higher body's carries out the higher body's plan
        ("UBND tỉnh ban hành Kế hoạch số 45/KH-UBND thực hiện Chỉ thị 32-CT/TU; UBND huyện Xuyên Mộc ban hành "
         "Kế hoạch số 98/KH-UBND để thực hiện.",
         {("45/KH-UBND", "implements", "32-CT/TU"), ("98/KH-UBND", "implements", "45/KH-UBND")}),
        # regression: what the advised body issued ("đã tham mưu UBND tỉnh ban hành A") was no document issued
        ("Thực hiện Chỉ thị số 19/CT-TTg của Thủ tướng Chính phủ, Sở Nội vụ đã tham mưu UBND tỉnh ban hành Kế hoạch "
         "số 15/KH-UBND ngày 3/6/2024.", {("15/KH-UBND", "implements", "19/CT-TTg")}),
        # regression: a lead that names nothing carries out what the sentence before issues, not what it opens with
        ("Trên cơ sở Nghị quyết số 08/NQ-HĐND ngày 28/4/2022, UBND tỉnh ban hành Quyết định số 1650/QĐ-UBND phê "
         "duyệt Đề án nâng cao chất lượng đội ngũ công chức. Để triển khai thực hiện, UBND thành phố Hạ Long ban "
         "hành Kế hoạch số 302/KH-UBND ngày 5/8/2022.",
         {("1650/QĐ-UBND", "based_on", "08/NQ-HĐND"), ("302/KH-UBND", "implements", "1650/QĐ-UBND")}),
        # regression: what of B a document makes concrete, before "của B" ("Nghị quyết số 206/2025/QH15 …, cụ thể hóa ngay
        # một số định hướng lớn của Nghị quyết 66" related nothing)
        ("Quốc hội thông qua Nghị quyết số 206/2025/QH15 ngày 24/6/2025 về cơ chế đặc biệt xử lý khó khăn, vướng mắc do "
         "quy định của pháp luật, cụ thể hóa ngay một số định hướng lớn của Nghị quyết số 66-NQ/TW.",
         {("206/2025/QH15", "implements", "66-NQ/TW")}),
        ("Sở Giáo dục ban hành Kế hoạch số 45/KH-SGDĐT nhằm cụ thể hóa các nội dung của Chỉ thị số 24-CT/TW.",
         {("45/KH-SGDĐT", "implements", "24-CT/TW")}),
        # … or in a clause on B, "mà B đã đặt ra" (related nothing)
        ("Huyện ủy ban hành Kế hoạch số 112-KH/HU ngày 20/10/2025. Kế hoạch cũng cụ thể hóa những yêu cầu mà Chỉ thị số "
         "45-CT/TW ngày 14/4/2025 của Bộ Chính trị đã đặt ra đối với cấp cơ sở.",
         {("112-KH/HU", "implements", "45-CT/TW")}),
        # regression: … past a clause after "; " that names nothing, no sentence of its own ("Theo Nghị quyết, … trên môi
        # trường mạng; 30% học phần … trực tuyến. Để triển khai thực hiện, Hiệu trưởng … đã ký Quyết định số …" related
        # nothing)
        ("Đảng ủy Trường Đại học Vinh ban hành Nghị quyết số 125-NQ/ĐU về chuyển đổi số. Theo Nghị quyết, đến năm 2025, "
         "100% hồ sơ công việc được xử lý trên môi trường mạng; 30% học phần được dạy học trực tuyến. Để triển khai "
         "thực hiện, Hiệu trưởng nhà trường đã ký Quyết định số 1020/QĐ-ĐHV ngày 30/3/2023.",
         {("1020/QĐ-ĐHV", "implements", "125-NQ/ĐU")}),
        # regression: a letter that directs its addressees to carry B out implements B (no relation)
        ("UBND tỉnh Gia Lai đã có Công văn số 2145/UBND-KGVX ngày 9/10/2023 chỉ đạo các sở, ngành, UBND các "
         "huyện, thị xã, thành phố phối hợp với Tỉnh đoàn triển khai thực hiện Chỉ thị số 42-CT/TW của Ban Bí thư.",
         {("2145/UBND-KGVX", "implements", "42-CT/TW")}),
        # regression: … so does a guide that guides them to (no relation: only letters and telegrams were read so)
        ("Ngày 9/7, Sở Nội vụ tỉnh Hà Tĩnh ban hành Hướng dẫn số 12/HD-SNV hướng dẫn UBND các xã, phường thực hiện Nghị "
         "định số 150/2025/NĐ-CP ngày 12/6/2025 của Chính phủ.", {("12/HD-SNV", "implements", "150/2025/NĐ-CP")}),
        # regression: … and so does a notice that asks them to (no relation: a notice's "yêu cầu … nghiêm túc thực hiện"
        # was read as a plain gap only)
        ("Văn phòng UBND tỉnh vừa có Thông báo số 120/TB-VPUBND ngày 14/8/2023 truyền đạt ý kiến kết luận của Chủ tịch "
         "UBND tỉnh. Thông báo yêu cầu các cơ quan, đơn vị nghiêm túc thực hiện Chỉ thị số 05/CT-UBND ngày 2/3/2023 của "
         "UBND tỉnh.", {("120/TB-VPUBND", "implements", "05/CT-UBND")}),
        ("Văn phòng Tỉnh ủy ban hành Thông báo kết luận số 1234-TB/TU ngày 10/10/2022. Thông báo yêu cầu Ban cán sự đảng "
         "UBND tỉnh chỉ đạo thực hiện nghiêm Nghị quyết số 03-NQ/TU ngày 22/6/2021 của Ban Chấp hành Đảng bộ tỉnh.",
         {("1234-TB/TU", "implements", "03-NQ/TU")}),
        # regression: a capitalised "Văn bản" opening its sentence is the letter cited before (it named nothing, so the
        # letter carried nothing out)
        ("Ngày 20/4/2021, Bộ NN&PTNT có văn bản số 2345/BNN-VPĐP gửi UBND các tỉnh về việc đẩy mạnh Chương trình OCOP. "
         "Văn bản nhằm triển khai Quyết định số 490/QĐ-TTg ngày 7/5/2018 của Thủ tướng Chính phủ.",
         {("2345/BNN-VPĐP", "implements", "490/QĐ-TTg")}),
        ("Ngày 12/3/2021, Sở GD&ĐT có văn bản số 456/SGDĐT-QLT hướng dẫn công tác tuyển sinh. Văn bản được ban hành "
         "trên cơ sở Quyết định số 320/QĐ-UBND ngày 5/3/2021 của UBND tỉnh.", {("456/SGDĐT-QLT", "based_on", "320/QĐ-UBND")}),
        # regression: an amendment's object inside a title ("sửa đổi, bổ sung, cập nhật Chương trình hành động
        # thực hiện …") is a document that exists: the resolution amends it, it implements B (the resolution
        # implemented B); the listed resolution beside it keeps its own relation
        ("Tại kỳ họp, HĐND tỉnh đã thông qua Nghị quyết số 21/NQ-HĐND sửa đổi, bổ sung, cập nhật Chương trình "
         "hành động thực hiện Nghị quyết số 39-NQ/TW của Bộ Chính trị; Nghị quyết số 22/NQ-HĐND thực hiện Kết "
         "luận số 14-KL/TW của Bộ Chính trị.",
         {("21/NQ-HĐND", "amends", "Chương trình hành động#"), ("Chương trình hành động#", "implements", "39-NQ/TW"),
          ("22/NQ-HĐND", "implements", "14-KL/TW")}),
        ("Ban Chấp hành Đảng bộ tỉnh ban hành Nghị quyết sửa đổi, bổ sung, cập nhật Chương trình hành động thực "
         "hiện Nghị quyết số 39-NQ/TW của Bộ Chính trị.",
         {("Nghị quyết#", "amends", "Chương trình hành động#"), ("Chương trình hành động#", "implements", "39-NQ/TW")}),
        ("Nghị quyết số 05-NQ/TU ngày 15/5/2024 sửa đổi, bổ sung, cập nhật Chương trình hành động số 26-CTr/TU "
         "ngày 10/10/2023 của Tỉnh ủy thực hiện Nghị quyết số 39-NQ/TW.",
         {("05-NQ/TU", "amends", "26-CTr/TU"), ("26-CTr/TU", "implements", "39-NQ/TW")}),
        # regression: a printed plan's preamble says what it carries out, "xây dựng" without "đã" (its "như sau:"
        # says the plan is this one; no relation came out)
        ("ĐẢNG BỘ TỈNH HÀ TĨNH\nHUYỆN ỦY HƯƠNG SƠN\n*\nSố 152-KH/HU\nHương Sơn, ngày 12 tháng 6 năm 2019\n\nKẾ "
         "HOẠCH\nvề công tác bảo vệ an ninh Tổ quốc\n\nThực hiện Chỉ thị số 09-CT/TW ngày 01/12/2011 của Ban Bí thư và "
         "Kế hoạch số 125-KH/TU ngày 20/3/2019 của Ban Thường vụ Tỉnh ủy, Ban Thường vụ Huyện ủy xây dựng Kế hoạch "
         "thực hiện như sau:\n\nI. MỤC ĐÍCH, YÊU CẦU",
         {("152-KH/HU", "implements", "09-CT/TW"), ("152-KH/HU", "implements", "125-KH/TU")}),
        # … and so it says with a comma ("…, cụ thể như sau:") or "với những nội dung sau:" (no relation; a plan
        # apart from the printed one)
        ("ĐẢNG BỘ TỈNH HÀ TĨNH\nHUYỆN ỦY HƯƠNG SƠN\n*\nSố 152-KH/HU\nHương Sơn, ngày 12 tháng 6 năm 2019\n\nKẾ "
         "HOẠCH\nvề công tác an ninh\n\nThực hiện Chỉ thị số 09-CT/TW của Ban Bí thư, Ban Thường vụ Huyện ủy xây "
         "dựng Kế hoạch thực hiện, cụ thể như sau:\n\nI. MỤC ĐÍCH", {("152-KH/HU", "implements", "09-CT/TW")}),
        ("ĐẢNG BỘ TỈNH HÀ TĨNH\nHUYỆN ỦY HƯƠNG SƠN\n*\nSố 152-KH/HU\nHương Sơn, ngày 12 tháng 6 năm 2019\n\nKẾ "
         "HOẠCH\nvề công tác an ninh\n\nThực hiện Chỉ thị số 09-CT/TW của Ban Bí thư, Ban Thường vụ Huyện ủy xây "
         "dựng kế hoạch triển khai thực hiện với những nội dung sau:\n\nI. MỤC ĐÍCH",
         {("152-KH/HU", "implements", "09-CT/TW")}),
        # regression: a listed item named by its amendment is still listed (the plan did not implement 40/QĐ-UBND)
        ("UBND tỉnh ban hành Kế hoạch số 30/KH-UBND thực hiện Nghị quyết số 21/NQ-HĐND và Quyết định số 40/QĐ-UBND "
         "sửa đổi, bổ sung, cập nhật Chương trình hành động số 26/CTr-UBND.",
         {("30/KH-UBND", "implements", "21/NQ-HĐND"), ("30/KH-UBND", "implements", "40/QĐ-UBND"),
          ("40/QĐ-UBND", "amends", "26/CTr-UBND")}),
        # regression: a decree that details a law implements it (no relation: the words between were no phrase)
        ("Nghị định số 156/2018/NĐ-CP ngày 16/11/2018 của Chính phủ quy định chi tiết thi hành một số điều của "
         "Luật Lâm nghiệp số 16/2017/QH14.",
         {("156/2018/NĐ-CP", "implements", "16/2017/QH14")}),
        ("Thực hiện Nghị định số 08/2022/NĐ-CP ngày 10/01/2022 của Chính phủ quy định chi tiết một số điều của "
         "Luật Bảo vệ môi trường số 72/2020/QH14, UBND tỉnh ban hành Kế hoạch số 45/KH-UBND.",
         {("08/2022/NĐ-CP", "implements", "72/2020/QH14"), ("45/KH-UBND", "implements", "08/2022/NĐ-CP")}),
        # regression: a listed item with its description is still listed ("Căn cứ B1, B2 quy định chi tiết …
        # C và B3": the decision lost its basis B2, which the description made a second source)
        ("UBND tỉnh ban hành Quyết định số 62/2024/QĐ-UBND trên cơ sở Luật Đất đai số 31/2024/QH15, Nghị định "
         "số 102/2024/NĐ-CP ngày 30/7/2024 của Chính phủ quy định chi tiết thi hành một số điều của Luật Đất đai "
         "và đề nghị của Sở Tài nguyên và Môi trường.",
         {("62/2024/QĐ-UBND", "based_on", "31/2024/QH15"), ("62/2024/QĐ-UBND", "based_on", "102/2024/NĐ-CP"),
          ("102/2024/NĐ-CP", "implements", "31/2024/QH15")}),
        # regression: an aside after a description is about the document described ("(được sửa đổi, bổ sung
        # bởi A)" gave no relation after a description without a document, and amended the law the description
        # names after one)
        ("Nghị định 168/2024/NĐ-CP thay thế Nghị định số 100/2019/NĐ-CP ngày 30/12/2019 của Chính phủ quy định xử "
         "phạt vi phạm hành chính trong lĩnh vực giao thông đường bộ và đường sắt (đã được sửa đổi, bổ sung bởi "
         "Nghị định số 123/2021/NĐ-CP ngày 28/12/2021) đối với lĩnh vực giao thông đường bộ.",
         {("168/2024/NĐ-CP", "replaces", "100/2019/NĐ-CP"), ("123/2021/NĐ-CP", "amends", "100/2019/NĐ-CP")}),
        ("Việc rà soát theo quy định tại Nghị định số 34/2016/NĐ-CP ngày 14/5/2016 của Chính phủ quy định chi tiết "
         "một số điều và biện pháp thi hành Luật Ban hành văn bản quy phạm pháp luật (được sửa đổi, bổ sung bởi "
         "Nghị định số 154/2020/NĐ-CP ngày 31/12/2020).",
         {("34/2016/NĐ-CP", "implements", "Luật#"), ("154/2020/NĐ-CP", "amends", "34/2016/NĐ-CP")}),
        # regression: a basis amended in a clause after a comma ended the list ("căn cứ B, được sửa đổi, bổ sung bởi
        # A; B2" lost B2)
        ("Sở ban hành Kế hoạch số 318/KH-SGDĐT. Kế hoạch được xây dựng căn cứ Thông tư số 30/2021/TT-BGDĐT ngày "
         "25/10/2021 của Bộ GD&ĐT, được sửa đổi, bổ sung bởi Thông tư số 08/2023/TT-BGDĐT; Quyết định số "
         "715/QĐ-UBND ngày 2/4/2024 của UBND tỉnh về phương án tuyển sinh.",
         {("318/KH-SGDĐT", "based_on", "30/2021/TT-BGDĐT"), ("318/KH-SGDĐT", "based_on", "715/QĐ-UBND"),
          ("08/2023/TT-BGDĐT", "amends", "30/2021/TT-BGDĐT")}),
        # regression: a purpose right before the phrase after a passive issuing verb ("được ban hành nhằm quy
        # định chi tiết B") gave no relation
        ("Chính phủ ban hành Nghị định số 168/2024/NĐ-CP. Nghị định được ban hành nhằm quy định chi tiết Luật "
         "Trật tự, an toàn giao thông đường bộ số 36/2024/QH15.",
         {("168/2024/NĐ-CP", "implements", "36/2024/QH15")}),
        # regression: adverbs joined by a comma and the tasks of B between the phrase and B ("nhằm triển khai đầy
        # đủ, kịp thời các nhiệm vụ được giao tại B") gave no relation
        ("Bộ ban hành Kế hoạch số 12/KH-BGDĐT. Kế hoạch nhằm triển khai đầy đủ, kịp thời các nhiệm vụ được giao tại "
         "Chỉ thị số 07/CT-TTg và Nghị quyết số 66/NQ-CP ngày 26/3/2025 của Chính phủ.",
         {("12/KH-BGDĐT", "implements", "07/CT-TTg"), ("12/KH-BGDĐT", "implements", "66/NQ-CP")}),
        ("Thực hiện các nhiệm vụ được giao tại Nghị quyết số 66/NQ-CP ngày 26/3/2025 của Chính phủ, Bộ ban hành Kế "
         "hoạch số 12/KH-BGDĐT.", {("12/KH-BGDĐT", "implements", "66/NQ-CP")}),
        # regression: the plan a listed decision issues is that decision, and the list goes on after it
        # ("… nhằm thực hiện Quyết định số 2150/QĐ-UBND … ban hành Kế hoạch … và Chỉ thị số 15/CT-UBND" lost 15)
        ("UBND phường ban hành Kế hoạch số 14/KH-UBND. Kế hoạch được ban hành nhằm thực hiện Quyết định số "
         "2150/QĐ-UBND ngày 30/6/2025 của UBND tỉnh ban hành Kế hoạch cải cách hành chính nhà nước năm 2025 và Chỉ "
         "thị số 15/CT-UBND ngày 02/7/2025 của Chủ tịch UBND tỉnh.",
         {("14/KH-UBND", "implements", "2150/QĐ-UBND"), ("14/KH-UBND", "implements", "15/CT-UBND")}),
        # regression: a long name with a comma before "ban hành kèm theo B" (no relation: up to eight words, no comma)
        ("Bộ trưởng Bộ Giáo dục và Đào tạo ban hành Thông tư số 06/2025/TT-BGDĐT sửa đổi, bổ sung một số điều của Quy "
         "chế tuyển sinh đại học, tuyển sinh cao đẳng ngành Giáo dục Mầm non ban hành kèm theo Thông tư số "
         "08/2022/TT-BGDĐT ngày 06/6/2022 của Bộ trưởng Bộ Giáo dục và Đào tạo.",
         {("06/2025/TT-BGDĐT", "amends", "08/2022/TT-BGDĐT")}),
        # regression: a "; " inside the carried document's name ("Quy trình thu …, bệnh nghề nghiệp; quản lý sổ BHXH,
        # thẻ BHYT ban hành kèm theo B") gave no relation
        ("BHXH Việt Nam ban hành Quyết định số 1386/QĐ-BHXH ngày 9/6/2024 sửa đổi, bổ sung Quy trình giải quyết "
         "hưởng các chế độ BHXH, chi trả các chế độ BHXH, BHTN; quản lý đối tượng hưởng ban hành kèm theo Quyết định "
         "số 166/QĐ-BHXH ngày 31/01/2019 của Tổng Giám đốc BHXH Việt Nam.",
         {("1386/QĐ-BHXH", "amends", "166/QĐ-BHXH")}),
        # regression: a basis said by another basis word ("căn cứ B; xét Tờ trình số …"), also after B's description,
        # ended the list: the submission was no basis; an implementing list does not go on so
        ("Nghị quyết số 78/2022/NQ-HĐND được ban hành căn cứ Nghị định số 75/2021/NĐ-CP; xét Tờ trình số "
         "456/TTr-UBND ngày 25/11/2022 của UBND tỉnh.",
         {("78/2022/NQ-HĐND", "based_on", "75/2021/NĐ-CP"), ("78/2022/NQ-HĐND", "based_on", "456/TTr-UBND")}),
        ("Nghị quyết số 78/2022/NQ-HĐND được ban hành căn cứ Nghị định số 75/2021/NĐ-CP ngày 24/7/2021 của Chính phủ "
         "quy định mức hưởng trợ cấp; xét Tờ trình số 456/TTr-UBND ngày 25/11/2022 của UBND tỉnh.",
         {("78/2022/NQ-HĐND", "based_on", "75/2021/NĐ-CP"), ("78/2022/NQ-HĐND", "based_on", "456/TTr-UBND")}),
        # regression: a lead's documents are carried out only by what was issued after them ("Nghị quyết số 05-NQ/HU ngày
        # 20/12/2008" carried out a "Kết luận số 97-KL/TW ngày 15/5/2014" named in the lead with Nghị quyết 26)
        ("Thực hiện Chỉ thị số 40-CT/TW ngày 22/11/2014 của Ban Bí thư và Kết luận số 06-KL/TW ngày 10/6/2021 của Ban "
         "Bí thư, Ban Thường vụ Huyện ủy đã ban hành Kế hoạch số 25-KH/HU ngày 15/3/2015 và Kế hoạch số 41-KH/HU ngày "
         "20/8/2021.",
         {("25-KH/HU", "implements", "40-CT/TW"), ("41-KH/HU", "implements", "40-CT/TW"),
          ("41-KH/HU", "implements", "06-KL/TW")}),
        # regression: … also after a description that names a document, in a subject's list ("căn cứ B1 và B2 hướng dẫn
        # thực hiện Nghị định …; trên cơ sở Tờ trình số …": the submission was no basis)
        ("Nghị quyết số 12/2014/NQ-HĐND được xây dựng căn cứ Nghị định số 63/2012/NĐ-CP ngày 20/8/2012 của Chính phủ "
         "và Thông tư số 45/2013/TT-BTC ngày 10/5/2013 của Bộ Tài chính hướng dẫn thực hiện Nghị định số "
         "63/2012/NĐ-CP; trên cơ sở Tờ trình số 87/TTr-UBND ngày 14/11/2014 của UBND tỉnh.",
         {("12/2014/NQ-HĐND", "based_on", "63/2012/NĐ-CP"), ("12/2014/NQ-HĐND", "based_on", "45/2013/TT-BTC"),
          ("45/2013/TT-BTC", "implements", "63/2012/NĐ-CP"), ("12/2014/NQ-HĐND", "based_on", "87/TTr-UBND")}),
        # regression: … and after a comma, whatever the description names ("căn cứ B quy định về phí …, trên cơ sở Tờ
        # trình C", "căn cứ B hướng dẫn thực hiện Nghị định …, trên cơ sở Tờ trình C" made C the basis's basis)
        ("Nghị quyết số 15/2016/NQ-HĐND được ban hành căn cứ Nghị định số 24/2016/NĐ-CP ngày 5/4/2016 của Chính phủ "
         "quy định về phí thẩm định, trên cơ sở Tờ trình số 132/TTr-UBND ngày 1/7/2016 của UBND tỉnh.",
         {("15/2016/NQ-HĐND", "based_on", "24/2016/NĐ-CP"), ("15/2016/NQ-HĐND", "based_on", "132/TTr-UBND")}),
        ("Nghị quyết số 15/2016/NQ-HĐND được ban hành căn cứ Thông tư số 85/2016/TT-BTC ngày 20/6/2016 của Bộ Tài "
         "chính hướng dẫn thực hiện Nghị định số 24/2016/NĐ-CP, trên cơ sở Tờ trình số 132/TTr-UBND ngày 1/7/2016 "
         "của UBND tỉnh.",
         {("15/2016/NQ-HĐND", "based_on", "85/2016/TT-BTC"), ("85/2016/TT-BTC", "implements", "24/2016/NĐ-CP"),
          ("15/2016/NQ-HĐND", "based_on", "132/TTr-UBND")}),
        # … and after "và" ("… quy định nguyên tắc … giai đoạn 2021 - 2025 và xét Tờ trình số 45/TTr-UBND": the
        # submission was no basis)
        ("HĐND tỉnh đã thông qua Nghị quyết số 378/2022/NQ-HĐND quy định nguyên tắc phân bổ vốn. Nghị quyết được ban "
         "hành căn cứ Luật Đầu tư công năm 2019; Nghị quyết số 25/2021/QH15 ngày 28/7/2021 của Quốc hội; Quyết định số "
         "07/2022/QĐ-TTg ngày 25/3/2022 của Thủ tướng Chính phủ quy định nguyên tắc, tiêu chí phân bổ vốn giai đoạn 2021 "
         "- 2025 và xét Tờ trình số 45/TTr-UBND ngày 15/4/2022 của UBND tỉnh.",
         {("378/2022/NQ-HĐND", "based_on", "Luật#"), ("378/2022/NQ-HĐND", "based_on", "25/2021/QH15"),
          ("378/2022/NQ-HĐND", "based_on", "07/2022/QĐ-TTg"), ("378/2022/NQ-HĐND", "based_on", "45/TTr-UBND")}),
        # regression: an item later than the document whose object it follows is the next item of the outer list
        # ("Báo cáo số 412-BC/TU sơ kết 3 năm thực hiện Chương trình hành động số 31-CTr/TU ngày 5/5/2022 … thực hiện
        # Nghị quyết số 06-NQ/TW … và Kế hoạch số 89-KH/TU ngày 10/8/2023 …" lost the review of the plan)
        ("Ban Thường vụ Tỉnh ủy ban hành Báo cáo số 412-BC/TU sơ kết 3 năm thực hiện Chương trình hành động số "
         "31-CTr/TU ngày 5/5/2022 của Tỉnh ủy thực hiện Nghị quyết số 06-NQ/TW ngày 24/1/2022 của Bộ Chính trị về quy "
         "hoạch đô thị và Kế hoạch số 89-KH/TU ngày 10/8/2023 của Ban Thường vụ Tỉnh ủy thực hiện Kết luận số "
         "57-KL/TW ngày 15/6/2023 của Bộ Chính trị.",
         {("412-BC/TU", "reviews", "31-CTr/TU"), ("31-CTr/TU", "implements", "06-NQ/TW"),
          ("412-BC/TU", "reviews", "89-KH/TU"), ("89-KH/TU", "implements", "57-KL/TW")}),
        # regression: a review's next item after "gắn với" or "và" with its own review word ("… tổng kết 15 năm thực hiện
        # B1 … và sơ kết 3 năm thực hiện B2" made B1 review B2; "… gắn với sơ kết 3 năm thực hiện B2" lost B2)
        ("Tỉnh ủy ban hành Kế hoạch số 88-KH/TU ngày 3/4/2024 tổng kết 15 năm thực hiện Nghị quyết số 26-NQ/TW ngày "
         "5/8/2008 của Ban Chấp hành Trung ương về nông nghiệp, nông dân, nông thôn và sơ kết 3 năm thực hiện Chương "
         "trình hành động số 19-CTr/TU ngày 2/10/2020 của Tỉnh ủy.",
         {("88-KH/TU", "reviews", "26-NQ/TW"), ("88-KH/TU", "reviews", "19-CTr/TU")}),
        ("Kế hoạch số 88-KH/TU ngày 3/4/2024 của Tỉnh ủy về tổng kết 15 năm thực hiện Nghị quyết số 26-NQ/TW gắn với "
         "sơ kết 3 năm thực hiện Nghị quyết số 19-NQ/TW của Ban Chấp hành Trung ương.",
         {("88-KH/TU", "reviews", "26-NQ/TW"), ("88-KH/TU", "reviews", "19-NQ/TW")}),
        # regression: a replacement after the description of what A carries out is A's ("Kế hoạch số 115/KH-UBND hướng
        # dẫn thực hiện Nghị quyết số 10/2024/NQ-HĐND … quy định mức hỗ trợ …, thay thế Kế hoạch số 80/KH-UBND" made the
        # HĐND resolution replace the plan)
        ("UBND tỉnh ban hành Kế hoạch số 115/KH-UBND hướng dẫn thực hiện Nghị quyết số 10/2024/NQ-HĐND ngày 12/7/2024 "
         "của HĐND tỉnh quy định mức hỗ trợ đối với người lao động, thay thế Kế hoạch số 80/KH-UBND ngày 3/4/2022.",
         {("115/KH-UBND", "implements", "10/2024/NQ-HĐND"), ("115/KH-UBND", "replaces", "80/KH-UBND")}),
        # regression: "Theo tinh thần chỉ đạo tại B1 và B2, X đã ban hành A" gave nothing (only "theo tinh thần B" and
        # "theo chỉ đạo tại B" were rows)
        ("Theo tinh thần chỉ đạo tại Công điện số 02/CĐ-TTg ngày 10/1/2025 của Thủ tướng Chính phủ và Kết luận số "
         "118-KL/TW, UBND tỉnh đã ban hành Công văn số 245/UBND-KT ngày 15/1/2025 yêu cầu các sở, ngành triển khai.",
         {("245/UBND-KT", "implements", "02/CĐ-TTg"), ("245/UBND-KT", "implements", "118-KL/TW")}),
        ("Theo tinh thần chỉ đạo của Ban Bí thư tại Công văn số 45-CV/TW ngày 10/1/2025, Tỉnh ủy đã ban hành Kế hoạch "
         "số 245-KH/TU ngày 15/1/2025.", {("245-KH/TU", "implements", "45-CV/TW")}),
        # regression: "Theo hướng dẫn tại B, X ban hành A" and "Theo hướng dẫn của Y tại B, …" gave nothing: decided as
        # "theo chỉ đạo tại B" (A is issued as B guides); a lead only, "báo cáo theo hướng dẫn tại B" issues nothing
        ("Theo hướng dẫn tại Công văn số 2210/BTC-QLCS ngày 3/3/2025 của Bộ Tài chính, UBND tỉnh Bình Định đã ban hành "
         "Kế hoạch số 96/KH-UBND ngày 12/3/2025 về xử lý tài sản công dôi dư.", {("96/KH-UBND", "implements", "2210/BTC-QLCS")}),
        ("Theo hướng dẫn của Sở Nội vụ tại Công văn số 318/SNV-CCVC ngày 4/4/2025, UBND huyện Phù Cát ban hành Kế "
         "hoạch số 77/KH-UBND ngày 9/4/2025.", {("77/KH-UBND", "implements", "318/SNV-CCVC")}),
        ("UBND huyện ban hành Kế hoạch số 77/KH-UBND ngày 9/4/2025. Các xã báo cáo kết quả theo hướng dẫn tại Công văn "
         "số 318/SNV-CCVC ngày 4/4/2025 của Sở Nội vụ.", set()),
        # regression: a directive "về đẩy mạnh thực hiện Đề án …" carried nothing out when the next sentence says a
        # decision approved that scheme ("Đề án này được … phê duyệt tại Quyết định số …"): it carries the decision out
        ("Chủ tịch UBND tỉnh ban hành Chỉ thị số 07/CT-UBND về đẩy mạnh thực hiện Đề án phát triển du lịch cộng đồng "
         "giai đoạn 2022 - 2025. Đề án này được UBND tỉnh phê duyệt tại Quyết định số 1510/QĐ-UBND ngày 6/6/2022.",
         {("07/CT-UBND", "implements", "1510/QĐ-UBND")}),
        # regression: what A carries out after its list of bases closed by ";" was left out ("…; thực hiện C")
        ("Ngày 2/3/2022, UBND huyện Ba Tri ban hành Kế hoạch số 58/KH-UBND về phòng, chống dịch bệnh trên cây trồng. Kế "
         "hoạch được xây dựng căn cứ Luật Trồng trọt năm 2018; Luật sửa đổi, bổ sung một số điều của Luật Đất đai và "
         "Luật Lâm nghiệp năm 2022; thực hiện Kế hoạch số 41/KH-UBND ngày 15/2/2022 của UBND tỉnh Bến Tre và Công văn "
         "số 310/SNN-TT ngày 20/2/2022 của Sở Nông nghiệp và Phát triển nông thôn.",
         {("58/KH-UBND", "based_on", "Luật#"), ("Luật#", "amends", "Luật#"), ("58/KH-UBND", "implements", "41/KH-UBND"),
          ("58/KH-UBND", "implements", "310/SNN-TT")}),
        # regression: the strategy the next sentence says a decision approved, named bare later, was none ("… Chiến lược
        # được Thủ tướng Chính phủ phê duyệt tại Quyết định số 2239/QĐ-TTg …. … ban hành Kế hoạch … thực hiện Chiến
        # lược" gave nothing)
        ("Bộ Lao động - Thương binh và Xã hội có Công văn số 1520/LĐTBXH-GDNN hướng dẫn xây dựng kế hoạch thực hiện "
         "Chiến lược phát triển giáo dục nghề nghiệp giai đoạn 2021 - 2030. Chiến lược được Thủ tướng Chính phủ phê "
         "duyệt tại Quyết định số 2239/QĐ-TTg ngày 30/12/2021. Ngày 10/6/2022, UBND tỉnh Hà Tĩnh ban hành Kế hoạch số "
         "201/KH-UBND thực hiện Chiến lược phát triển giáo dục nghề nghiệp giai đoạn 2021 - 2030 trên địa bàn tỉnh.",
         {("1520/LĐTBXH-GDNN", "implements", "2239/QĐ-TTg"), ("201/KH-UBND", "implements", "2239/QĐ-TTg")}),
        # regression: a strategy's name said again of another period is another strategy ("… ban hành Chiến lược quốc gia
        # về bình đẳng giới giai đoạn 2021 - 2030", later "Kế hoạch số 30/KH-UBND … về thực hiện Chiến lược quốc gia về
        # bình đẳng giới giai đoạn 2011 - 2020" made the old plan carry out the new strategy)
        ("UBND tỉnh Quảng Trị ban hành Kế hoạch số 77/KH-UBND thực hiện Nghị quyết số 28/NQ-CP ngày 03/3/2021 của Chính "
         "phủ ban hành Chiến lược quốc gia về bình đẳng giới giai đoạn 2021 - 2030. Kế hoạch số 77/KH-UBND thay thế Kế "
         "hoạch số 30/KH-UBND ngày 2/3/2012 của UBND tỉnh về thực hiện Chiến lược quốc gia về bình đẳng giới giai đoạn "
         "2011 - 2020.",
         {("77/KH-UBND", "implements", "28/NQ-CP"), ("77/KH-UBND", "replaces", "30/KH-UBND")}),
        # regression: a guide of what is spent or done carrying B out gave nothing ("Thông tư … hướng dẫn quản lý và sử
        # dụng kinh phí thực hiện B")
        ("Thông tư số 46/2022/TT-BTC ngày 28/7/2022 của Bộ Tài chính hướng dẫn quản lý, sử dụng kinh phí thực hiện "
         "Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ.",
         {("46/2022/TT-BTC", "implements", "1719/QĐ-TTg")}),
        # regression: an adverb before the copula hid the act A is said to be ("Kế hoạch số 88/KH-UBND cũng là bước cụ
        # thể hóa B" gave nothing, as "… là bước cụ thể hóa B" did not)
        ("Năm 2023, UBND huyện Triệu Phong ban hành Kế hoạch số 96/KH-UBND về phát triển du lịch cộng đồng. Kế hoạch số "
         "96/KH-UBND cũng là bước cụ thể hóa Nghị quyết số 09-NQ/HU ngày 14/6/2021 của Huyện ủy Triệu Phong.",
         {("96/KH-UBND", "implements", "09-NQ/HU")}),
        ("Quyết định số 415/QĐ-UBND chính là văn bản triển khai Chỉ thị số 03/CT-UBND ngày 12/1/2024 của UBND tỉnh.",
         {("415/QĐ-UBND", "implements", "03/CT-UBND")}),
        # regression: a basis's own description before "; đồng thời thực hiện C" hid what A carries out ("… trên cơ sở B
        # … ban hành Bộ tiêu chí …; đồng thời thực hiện C" gave only the bases), also when B is named by what it carries
        ("Kế hoạch số 64/KH-UBND ngày 3/6/2023 của UBND huyện Nông Cống được xây dựng trên cơ sở Quyết định số "
         "919/QĐ-TTg ngày 1/8/2022 của Thủ tướng Chính phủ phê duyệt Chương trình mỗi xã một sản phẩm giai đoạn 2021 - "
         "2025 và Quyết định số 148/QĐ-TTg ngày 24/2/2023 của Thủ tướng Chính phủ ban hành Bộ tiêu chí và quy trình "
         "đánh giá, phân hạng sản phẩm; đồng thời thực hiện Nghị quyết số 09-NQ/HU ngày 12/10/2021 của Huyện ủy.",
         {("64/KH-UBND", "based_on", "919/QĐ-TTg"), ("64/KH-UBND", "based_on", "148/QĐ-TTg"),
          ("64/KH-UBND", "implements", "09-NQ/HU")}),
        ("Quyết định số 2210/QĐ-UBND được ban hành căn cứ Quyết định số 31/2020/QĐ-UBND ngày 5/10/2020 của UBND tỉnh "
         "ban hành Quy chế phối hợp quản lý cụm công nghiệp trên địa bàn tỉnh; đồng thời thực hiện Chỉ thị số "
         "11/CT-UBND ngày 2/4/2021 của UBND tỉnh.",
         {("2210/QĐ-UBND", "based_on", "31/2020/QĐ-UBND"), ("2210/QĐ-UBND", "implements", "11/CT-UBND")}),
        ("Kế hoạch số 77/KH-UBND ngày 9/5/2023 của UBND xã Tân Hòa được xây dựng trên cơ sở Nghị quyết số 12/NQ-HĐND "
         "ngày 5/1/2023 của HĐND xã; triển khai Kế hoạch số 30/KH-UBND ngày 20/4/2023 của UBND huyện.",
         {("77/KH-UBND", "based_on", "12/NQ-HĐND"), ("77/KH-UBND", "implements", "30/KH-UBND")}),
        # regression: "A được ban hành căn cứ B … (a description past the gap's bound), đồng thời nhằm triển khai B" gave
        # only the basis: the second act after the description is A's, not B's (both relations are stated)
        ("Ngày 5/4/2023, UBND tỉnh ban hành Quyết định số 845/QĐ-UBND. Quyết định được ban hành căn cứ Quyết định số "
         "1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ phê duyệt Chương trình mục tiêu quốc gia phát triển kinh "
         "tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi giai đoạn 2021 - 2030, đồng thời nhằm triển khai "
         "Quyết định số 1719/QĐ-TTg trên địa bàn tỉnh.",
         {("845/QĐ-UBND", "based_on", "1719/QĐ-TTg"), ("845/QĐ-UBND", "implements", "1719/QĐ-TTg")}),
        # regression: ", trong đó cụ thể hóa các mục tiêu của B" after A's title gave nothing (the title ran on over it,
        # and "các mục tiêu của" between the phrase and B held B off); so did ", qua đó cụ thể hóa …" after what A sets
        # out when the words it takes up have a comma of their own
        ("UBND tỉnh đã ban hành Kế hoạch số 64/KH-UBND ngày 2/6/2021 về phát triển du lịch cộng đồng giai đoạn 2021 - "
         "2025, trong đó cụ thể hóa các mục tiêu của Chương trình hành động số 28-CTr/TU thành 12 chỉ tiêu.",
         {("64/KH-UBND", "implements", "28-CTr/TU")}),
        ("HĐND tỉnh ban hành Nghị quyết số 09/2022/NQ-HĐND ngày 15/7/2022 quy định chính sách hỗ trợ hợp tác xã, qua đó "
         "cụ thể hóa các nhóm giải pháp về cơ chế, chính sách của Nghị quyết số 05-NQ/TU.",
         {("09/2022/NQ-HĐND", "implements", "05-NQ/TU")}),
        # regression: an issued A then "theo Hướng dẫn số …" gave nothing: issued as the guide says, as "theo hướng dẫn
        # tại B"; not an A only carried out ("Các xã triển khai Kế hoạch số … theo Hướng dẫn số …")
        ("UBND thành phố ban hành Kế hoạch số 150/KH-UBND ngày 25/6/2024 theo Hướng dẫn số 28/HD-SYT ngày 21/6/2024 của "
         "Sở Y tế.", {("150/KH-UBND", "implements", "28/HD-SYT")}),
        ("Các xã triển khai Kế hoạch số 150/KH-UBND theo Hướng dẫn số 28/HD-SYT của Sở Y tế.", set()),
        # regression: "A được ban hành theo hướng dẫn tại B" after A gave nothing (the passive "được * hướng dẫn tại",
        # B first, read it backwards and dropped it): A issued under B's guidance carries B out
        ("Sở Y tế ban hành Công văn số 845/SYT-NVY ngày 3/7/2024. Công văn số 845/SYT-NVY được ban hành theo hướng dẫn "
         "tại Công văn số 3702/BYT-DP ngày 28/6/2024 của Bộ Y tế.", {("845/SYT-NVY", "implements", "3702/BYT-DP")}),
        ("Kế hoạch số 19/KH-UBND của UBND huyện được xây dựng theo hướng dẫn của Sở Tài chính tại Công văn số "
         "1120/STC-NS ngày 2/2/2024.", {("19/KH-UBND", "implements", "1120/STC-NS")}),
        # regression: "A thực hiện theo B" (A issued according to B) gave nothing: "theo" after "thực hiện" held B off
        ("Ngày 6/3/2024, UBND tỉnh Trà Vinh ban hành Kế hoạch số 41/KH-UBND thực hiện theo Chỉ thị số 24/CT-TTg ngày "
         "28/12/2023 của Thủ tướng Chính phủ.", {("41/KH-UBND", "implements", "24/CT-TTg")}),
        ("Việc điều chuyển vốn được thực hiện theo Chỉ thị 24 của Thủ tướng Chính phủ và Nghị quyết số 19/NQ-HĐND ngày "
         "11/7/2024 của HĐND tỉnh.", set()),
        # regression: "gắn với thực hiện C" closing the title of the B that A carries out was B's act ("A về đẩy mạnh thực
        # hiện B về tăng cường xây dựng, chỉnh đốn Đảng gắn với thực hiện C"): it is A's second act
        ("Quận ủy ban hành Kế hoạch số 15-KH/QU về đẩy mạnh thực hiện Nghị quyết số 04-NQ/TW về tăng cường xây dựng, "
         "chỉnh đốn Đảng gắn với thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị.",
         {("15-KH/QU", "implements", "04-NQ/TW"), ("15-KH/QU", "implements", "05-CT/TW")}),
        # regression: a basis right before B after a title longer than a gap reads ("A về khuyến khích, bảo vệ cán bộ …
        # vì lợi ích chung trên cơ sở B", no comma) gave nothing
        ("Thị ủy ban hành Quy định số 07-QĐ/TU về khuyến khích, bảo vệ cán bộ năng động, sáng tạo, dám nghĩ, dám làm vì "
         "lợi ích chung trên cơ sở Quy định số 1066-QĐ/TU của Ban Thường vụ Thành ủy Hà Nội.",
         {("07-QĐ/TU", "based_on", "1066-QĐ/TU")}),
        # regression: a second document joined by "cùng (với)" was no item of the list ("Thực hiện B1 cùng với B2, X ban
        # hành A"; "A nhằm thực hiện B1 … phê duyệt …, cùng B2" after B1's description)
        ("Thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị cùng với Kế hoạch số 12-KH/TU của Ban Thường vụ "
         "Tỉnh ủy, Huyện ủy Kim Động ban hành Kế hoạch số 30-KH/HU.",
         {("30-KH/HU", "implements", "05-CT/TW"), ("30-KH/HU", "implements", "12-KH/TU")}),
        ("UBND huyện ban hành Kế hoạch số 77/KH-UBND nhằm thực hiện Quyết định số 1600/QĐ-TTg ngày 16/8/2016 của Thủ "
         "tướng Chính phủ phê duyệt Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2016 - 2020, cùng "
         "Nghị quyết số 05-NQ/HU ngày 2/3/2017 của Ban Chấp hành Đảng bộ huyện.",
         {("77/KH-UBND", "implements", "1600/QĐ-TTg"), ("77/KH-UBND", "implements", "05-NQ/HU")}),
        # regression: "A về …, thực hiện theo B" gave nothing: the "theo" rule for a title ("A về quy chế thực hiện theo
        # B") held B off although a comma closed A's title
        ("UBND phường ban hành Kế hoạch số 91/KH-UBND ngày 3/10/2025 về cải tạo vỉa hè, chiếu sáng các tuyến phố cổ, "
         "thực hiện theo Quyết định số 4120/QĐ-UBND ngày 12/8/2025 của UBND thành phố.",
         {("91/KH-UBND", "implements", "4120/QĐ-UBND")}),
        ("Sở Tài chính ban hành Hướng dẫn số 15/HD-STC về quy chế chi tiêu thực hiện theo Nghị định số 60/2021/NĐ-CP.",
         set()),
        # regression: what a provision of A leaves out goes by B, not A ("Các nội dung không quy định tại A thực hiện
        # theo B" made A implement B)
        ("HĐND tỉnh thông qua Nghị quyết số 18/2024/NQ-HĐND ngày 10/7/2024. Những nội dung chi không quy định tại Nghị "
         "quyết này thực hiện theo Thông tư số 12/2022/TT-BTC ngày 20/2/2022 của Bộ Tài chính.", set()),
        ("Các trường hợp khác chưa được quy định tại Quyết định số 25/2023/QĐ-UBND thực hiện theo Nghị định số "
         "30/2020/NĐ-CP của Chính phủ.", set()),
        # regression: "Nhằm hướng dẫn thực hiện B1 và B2, X đã ban hành A" gave nothing (only "Để hướng dẫn thực hiện"
        # and a bare "Nhằm hướng dẫn" opened a lead)
        ("Nhằm hướng dẫn thực hiện Quy định số 69-QĐ/TW ngày 6/7/2022 của Bộ Chính trị về kỷ luật tổ chức đảng, đảng "
         "viên vi phạm và Hướng dẫn số 05-HD/UBKTTW ngày 22/11/2022 của Ủy ban Kiểm tra Trung ương, Ủy ban Kiểm tra "
         "Đảng ủy Khối đã ban hành Hướng dẫn số 03-HD/UBKĐUK ngày 10/1/2023.",
         {("03-HD/UBKĐUK", "implements", "69-QĐ/TW"), ("03-HD/UBKĐUK", "implements", "05-HD/UBKTTW")}),
        # regression: a submission after a basis that amends another document ("trên cơ sở Nghị định số 38/2023/NĐ-CP …
        # sửa đổi, bổ sung Nghị định số 27/2022/NĐ-CP … quy định … và theo đề nghị của UBND tỉnh tại Tờ trình số
        # 142/TTr-UBND" lost the submission: the list ended at the amended decree)
        ("HĐND tỉnh thông qua Nghị quyết số 24/2024/NQ-HĐND. Nghị quyết được xây dựng trên cơ sở Nghị định số "
         "38/2023/NĐ-CP ngày 24/6/2023 của Chính phủ sửa đổi, bổ sung Nghị định số 27/2022/NĐ-CP ngày 19/4/2022 của "
         "Chính phủ quy định cơ chế quản lý các chương trình mục tiêu quốc gia và theo đề nghị của UBND tỉnh tại Tờ "
         "trình số 142/TTr-UBND ngày 2/10/2024.",
         {("24/2024/NQ-HĐND", "based_on", "38/2023/NĐ-CP"), ("24/2024/NQ-HĐND", "based_on", "142/TTr-UBND"),
          ("38/2023/NĐ-CP", "amends", "27/2022/NĐ-CP")}),
        ("Kế hoạch số 5/KH-UBND thực hiện Chỉ thị số 3/CT-TTg về tăng cường công tác cải cách; xét Tờ trình số "
         "457/TTr-UBND.", {("5/KH-UBND", "implements", "3/CT-TTg")}),
        # regression: a law named by its title and passed on a date ("Luật Căn cước được Quốc hội khóa XV thông qua
        # ngày 27/11/2023, có hiệu lực …, thay thế B") ended at its name, and the passive before the phrase hid it
        ("Luật Căn cước được Quốc hội khóa XV thông qua ngày 27/11/2023, có hiệu lực từ ngày 01/7/2024, thay thế Luật "
         "Căn cước công dân năm 2014.", {("Luật#", "replaces", "Luật#")}),
        # regression: a request alone as the second basis, after the first's title ("… trên cơ sở Nghị quyết số 28/NQ-HĐND
        # … về điều chỉnh dự toán ngân sách năm 2024 và đề nghị của Sở Tài chính tại Tờ trình số 5210/TTr-STC" based it on
        # the resolution only: its title ran on over the request)
        ("UBND thành phố ban hành Quyết định số 4850/QĐ-UBND ngày 25/9/2024 về bổ sung dự toán. Quyết định được ban hành "
         "trên cơ sở Nghị quyết số 28/NQ-HĐND ngày 12/9/2024 của HĐND thành phố về điều chỉnh dự toán ngân sách năm 2024 "
         "và đề nghị của Sở Tài chính tại Tờ trình số 5210/TTr-STC ngày 18/9/2024.",
         {("4850/QĐ-UBND", "based_on", "28/NQ-HĐND"), ("4850/QĐ-UBND", "based_on", "5210/TTr-STC")}),
        # regression: a proposing body whose name has a dash ("… căn cứ Nghị quyết số 52/NQ-CP … và theo đề nghị của Sở
        # Lao động - Thương binh và Xã hội tại Tờ trình số 318/TTr-SLĐTBXH" based it on the resolution only)
        ("UBND tỉnh ban hành Quyết định số 1650/QĐ-UBND ngày 12/8/2022 về hỗ trợ người lao động. Quyết định được ban hành "
         "căn cứ Nghị quyết số 52/NQ-CP ngày 22/4/2022 của Chính phủ và theo đề nghị của Sở Lao động - Thương binh và Xã "
         "hội tại Tờ trình số 318/TTr-SLĐTBXH ngày 5/8/2022.",
         {("1650/QĐ-UBND", "based_on", "52/NQ-CP"), ("1650/QĐ-UBND", "based_on", "318/TTr-SLĐTBXH")}),
        # regression: a council's next resolution after "; " was read as a second document the first amends ("… thông
        # qua Nghị quyết số 12/2023/NQ-HĐND sửa đổi, bổ sung một số điều của Nghị quyết số 30/2020/NQ-HĐND … quy định …;
        # Nghị quyết số 45/NQ-HĐND về …")
        # regression: a lead opening a section marked "* " ("* Thực hiện B, Ban Thường vụ Tỉnh ủy ban hành A") related nothing
        ("Hội nghị diễn ra trang trọng.\n\n* Thực hiện Chỉ thị số 21-CT/TW của Ban Bí thư, Ban Thường vụ Tỉnh ủy Trà Vinh "
         "đã ban hành Kế hoạch số 77-KH/TU.", {("77-KH/TU", "implements", "21-CT/TW")}),
        ("Kỳ họp thông qua Nghị quyết số 12/2023/NQ-HĐND sửa đổi, bổ sung một số điều của Nghị quyết số "
         "30/2020/NQ-HĐND ngày 10/12/2020 của HĐND tỉnh quy định mức hỗ trợ đóng bảo hiểm y tế; Nghị quyết số "
         "45/NQ-HĐND về chủ trương đầu tư dự án nâng cấp đê bao ven sông Hậu.",
         {("12/2023/NQ-HĐND", "amends", "30/2020/NQ-HĐND")}),
        ("HĐND tỉnh thông qua Nghị quyết số 21/2023/NQ-HĐND thay thế các nghị quyết sau: Nghị quyết số 05/2023/NQ-HĐND; "
         "Nghị quyết số 17/NQ-HĐND.", {("21/2023/NQ-HĐND", "replaces", "05/2023/NQ-HĐND"),
                                         ("21/2023/NQ-HĐND", "replaces", "17/NQ-HĐND")}),
        # regression: a basis named by what carries it, after a title and " và " ("… căn cứ Nghị quyết số 1203/… về
        # Chương trình giám sát … năm 2025 và Chiến lược … ban hành kèm theo Nghị quyết số 1009/…" based it on 1203 only)
        ("Ngày 25/12/2024, Tổng Kiểm toán nhà nước ký Quyết định số 1926/QĐ-KTNN ban hành Kế hoạch kiểm toán năm 2025. "
         "Kế hoạch được xây dựng căn cứ Nghị quyết số 1203/NQ-UBTVQH15 ngày 24/9/2024 của Ủy ban Thường vụ Quốc hội về "
         "Chương trình giám sát của Quốc hội năm 2025 và Chiến lược phát triển Kiểm toán nhà nước đến năm 2030 ban hành "
         "kèm theo Nghị quyết số 1009/NQ-UBTVQH14 ngày 30/9/2020 của Ủy ban Thường vụ Quốc hội.",
         {("1926/QĐ-KTNN", "based_on", "1203/NQ-UBTVQH15"), ("1926/QĐ-KTNN", "based_on", "1009/NQ-UBTVQH14")}),
        # regression: … and passed at a session, not on a date ("… được Quốc hội khóa XV thông qua tại Kỳ họp thứ 8, có
        # hiệu lực từ ngày 1/1/2025, thay thế B" related nothing: the occasion was read only before "để"/"nhằm")
        ("Luật Đầu tư công số 58/2024/QH15 được Quốc hội khóa XV thông qua tại Kỳ họp thứ 8, có hiệu lực từ ngày "
         "1/1/2025, thay thế Luật Đầu tư công số 39/2019/QH14.", {("58/2024/QH15", "replaces", "39/2019/QH14")}),
        ("Nghị quyết số 20/2024/NQ-HĐND được HĐND tỉnh thông qua tại kỳ họp thứ 21, có hiệu lực từ ngày 20/12/2024 và "
         "thay thế Nghị quyết số 45/2016/NQ-HĐND.", {("20/2024/NQ-HĐND", "replaces", "45/2016/NQ-HĐND")}),
        # regression: A's short name in brackets before its phrase ("Kế hoạch số 456/KH-UBND … (sau đây gọi tắt là Kế
        # hoạch 456) triển khai B") hid the phrase: no relation
        ("UBND tỉnh ban hành Kế hoạch số 456/KH-UBND ngày 10/7/2024 (sau đây gọi tắt là Kế hoạch 456) triển khai Nghị "
         "quyết số 15/2024/NQ-HĐND ngày 28/6/2024 của HĐND tỉnh.", {("456/KH-UBND", "implements", "15/2024/NQ-HĐND")}),
        ("Tỉnh ủy ban hành Chương trình hành động số 13-CTr/TU (viết tắt là Chương trình 13) thực hiện Nghị quyết số "
         "58-NQ/TW.", {("13-CTr/TU", "implements", "58-NQ/TW")}),
        # regression: "ban hành kèm" without "theo" before the decision that carries what is amended gave no amendment
        ("UBND thành phố ban hành Quyết định số 12/2024/QĐ-UBND sửa đổi Điều 5 Quy định quản lý chợ ban hành kèm Quyết "
         "định số 35/2021/QĐ-UBND của UBND thành phố.", {("12/2024/QĐ-UBND", "amends", "35/2021/QĐ-UBND")}),
        # regression: a lower-case "và" inside the carried title ("… khai thác và bảo trì công trình đường bộ … ban
        # hành kèm theo B") was read as a sibling carried beside it: no amendment
        ("UBND tỉnh ban hành Quyết định số 15/2024/QĐ-UBND ngày 08/5/2024 sửa đổi, bổ sung một số điều của Quy định "
         "phân cấp quản lý, vận hành, khai thác và bảo trì công trình đường bộ trên địa bàn tỉnh ban hành kèm theo "
         "Quyết định số 22/2021/QĐ-UBND ngày 10/9/2021 của UBND tỉnh.",
         {("15/2024/QĐ-UBND", "amends", "22/2021/QĐ-UBND")}),
        # regression: the phrase opening an aside ("Luật Lâm nghiệp năm 2017 (thay thế B)") gave no relation
        ("Thực hiện Luật Lâm nghiệp năm 2017 (thay thế Luật Bảo vệ và phát triển rừng năm 2004), tỉnh đã ban hành "
         "Kế hoạch số 45/KH-UBND.", {("Luật#", "replaces", "Luật#"), ("45/KH-UBND", "implements", "Luật#")}),
        # regression: a body's proposal in a submission listed with the bases ("trên cơ sở B1, B2 và đề nghị của
        # Sở … tại Tờ trình số …"; "Căn cứ B1; xét đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số …") was no basis
        ("Quyết định số 62/2024/QĐ-UBND được ban hành trên cơ sở Luật Đất đai số 31/2024/QH15, Nghị định số "
         "102/2024/NĐ-CP ngày 30/7/2024 của Chính phủ và đề nghị của Sở Tài nguyên và Môi trường tại Tờ trình số "
         "488/TTr-STNMT ngày 18/9/2024.",
         {("62/2024/QĐ-UBND", "based_on", "31/2024/QH15"), ("62/2024/QĐ-UBND", "based_on", "102/2024/NĐ-CP"),
          ("62/2024/QĐ-UBND", "based_on", "488/TTr-STNMT")}),
        ("Căn cứ Nghị quyết số 18/2024/NQ-HĐND ngày 19/7/2024 của HĐND tỉnh; xét đề nghị của Giám đốc Sở Nội vụ tại "
         "Tờ trình số 123/TTr-SNV ngày 2/8/2024, UBND tỉnh ban hành Quyết định số 1024/QĐ-UBND.",
         {("1024/QĐ-UBND", "based_on", "18/2024/NQ-HĐND"), ("1024/QĐ-UBND", "based_on", "123/TTr-SNV")}),
        # … after an item whose description names a law ("Nghị định … quy định chi tiết … Luật Đất đai và đề nghị
        # của Sở … tại Tờ trình số …": the list stopped at the law)
        ("Quyết định số 62/2024/QĐ-UBND được ban hành trên cơ sở Luật Đất đai số 31/2024/QH15, Nghị định số "
         "102/2024/NĐ-CP ngày 30/7/2024 của Chính phủ quy định chi tiết thi hành một số điều của Luật Đất đai và đề "
         "nghị của Sở Tài nguyên và Môi trường tại Tờ trình số 488/TTr-STNMT ngày 18/9/2024.",
         {("62/2024/QĐ-UBND", "based_on", "31/2024/QH15"), ("62/2024/QĐ-UBND", "based_on", "102/2024/NĐ-CP"),
          ("62/2024/QĐ-UBND", "based_on", "488/TTr-STNMT"), ("102/2024/NĐ-CP", "implements", "31/2024/QH15")}),
        # regression: an aside after a law a description names, amended by its kind ("… quy định chi tiết Luật
        # Doanh nghiệp số 59/2020/QH14 (đã được sửa đổi, bổ sung bởi Luật số 03/2022/QH15 và Luật số 76/2025/QH15)"
        # had the decree amended by the first law only), and "được sửa đổi, bổ sung tại A" (no relation)
        ("Nghị định 168/2025/NĐ-CP quy định chi tiết Luật Doanh nghiệp số 59/2020/QH14 (đã được sửa đổi, bổ sung bởi "
         "Luật số 03/2022/QH15 và Luật số 76/2025/QH15) về đăng ký doanh nghiệp.",
         {("168/2025/NĐ-CP", "implements", "59/2020/QH14"), ("03/2022/QH15", "amends", "59/2020/QH14"),
          ("76/2025/QH15", "amends", "59/2020/QH14")}),
        ("Việc tiêu hủy theo Thông tư số 07/2016/TT-BNNPTNT ngày 31/5/2016 của Bộ Nông nghiệp và Phát triển nông thôn "
         "quy định về phòng, chống dịch bệnh động vật trên cạn (đã được sửa đổi, bổ sung tại Thông tư số "
         "09/2021/TT-BNNPTNT).", {("09/2021/TT-BNNPTNT", "amends", "07/2016/TT-BNNPTNT")}),
        # regression: an aside a title runs on over ("B … về kinh doanh xăng dầu (đã được sửa đổi, bổ sung tại A1 và
        # A2)") gave no relation
        ("Thực hiện nghiêm quy định tại Nghị định số 83/2014/NĐ-CP ngày 03/9/2014 của Chính phủ về kinh doanh xăng dầu "
         "(đã được sửa đổi, bổ sung tại Nghị định số 95/2021/NĐ-CP và Nghị định số 80/2023/NĐ-CP), bảo đảm nguồn cung.",
         {("95/2021/NĐ-CP", "amends", "83/2014/NĐ-CP"), ("80/2023/NĐ-CP", "amends", "83/2014/NĐ-CP")}),
        # regression: "được ban hành theo đề nghị của X tại B" (no relation), and a purpose after the basis is the
        # issued document's ("…, nhằm cụ thể hóa C": the submission implemented C)
        ("Nghị quyết số 31/2024/NQ-HĐND được ban hành theo đề nghị của UBND tỉnh tại Tờ trình số 215/TTr-UBND ngày "
         "15/11/2024, nhằm cụ thể hóa Nghị định số 33/2023/NĐ-CP ngày 10/6/2023 của Chính phủ.",
         {("31/2024/NQ-HĐND", "based_on", "215/TTr-UBND"), ("31/2024/NQ-HĐND", "implements", "33/2023/NĐ-CP")}),
        # … and after a decision whose attached plan names a document ("… Quyết định số 1305/QĐ-TTg … ban hành Kế
        # hoạch triển khai Nghị quyết 98 và Chương trình hành động số 35-CTr/TU" lost 35-CTr/TU)
        ("Kế hoạch số 1789/KH-UBND ngày 10/5/2024 nhằm thực hiện Quyết định số 1305/QĐ-TTg ngày 03/11/2023 của Thủ "
         "tướng Chính phủ ban hành Kế hoạch triển khai Nghị quyết 98 và Chương trình hành động số 35-CTr/TU ngày "
         "18/8/2023 của Tỉnh ủy.",
         {("1789/KH-UBND", "implements", "1305/QĐ-TTg"), ("1789/KH-UBND", "implements", "35-CTr/TU"),
          ("1305/QĐ-TTg", "implements", "Nghị quyết#98")}),
        # regression: … in a lead's list, the named document cited by its symbol ("Thực hiện Nghị quyết số 68-NQ/TW …,
        # Nghị quyết số 139/NQ-CP … ban hành Kế hoạch hành động của Chính phủ thực hiện Nghị quyết số 68-NQ/TW và Kế
        # hoạch số 512-KH/TU …, UBND tỉnh ban hành …" lost 512-KH/TU)
        ("Thực hiện Nghị quyết số 68-NQ/TW ngày 4/5/2025 của Bộ Chính trị, Nghị quyết số 139/NQ-CP ngày 17/5/2025 của "
         "Chính phủ ban hành Kế hoạch hành động của Chính phủ thực hiện Nghị quyết số 68-NQ/TW và Kế hoạch số "
         "512-KH/TU ngày 28/5/2025 của Ban Thường vụ Tỉnh ủy, UBND tỉnh ban hành Kế hoạch số 145/KH-UBND ngày "
         "12/6/2025.",
         {("145/KH-UBND", "implements", "68-NQ/TW"), ("145/KH-UBND", "implements", "139/NQ-CP"),
          ("145/KH-UBND", "implements", "512-KH/TU"), ("139/NQ-CP", "implements", "68-NQ/TW")}),
        # regression: a law named by what it amends amends the laws it names (no document, no relation)
        ("Các xã thực hiện nghiêm Luật sửa đổi, bổ sung một số điều của Luật Phòng, chống thiên tai và Luật Đê điều "
         "năm 2020.", {("Luật#", "amends", "Luật#")}),
        # regression: the bases after an amending law's "; " were lost ("căn cứ B1 sửa đổi, bổ sung một số điều của Luật
        # … và Luật …; B2 …; theo đề nghị … tại Tờ trình B3": the laws B1 names ended the list)
        ("Chủ tịch UBND tỉnh Bạc Liêu ký Quyết định số 415/QĐ-UBND ngày 2/4/2024. Quyết định được ban hành căn cứ Luật số "
         "60/2020/QH14 sửa đổi, bổ sung một số điều của Luật Phòng, chống thiên tai và Luật Đê điều; Nghị định số "
         "66/2021/NĐ-CP ngày 06/7/2021 của Chính phủ quy định chi tiết thi hành Luật Phòng, chống thiên tai; theo đề "
         "nghị của Sở Nông nghiệp và Phát triển nông thôn tại Tờ trình số 72/TTr-SNN ngày 01/4/2024.",
         {("415/QĐ-UBND", "based_on", "60/2020/QH14"), ("415/QĐ-UBND", "based_on", "66/2021/NĐ-CP"),
          ("415/QĐ-UBND", "based_on", "72/TTr-SNN"), ("60/2020/QH14", "amends", "Luật#"),
          ("66/2021/NĐ-CP", "implements", "Luật#")}),
        # regression: … and the basis said again after "và" that ends an amending item's description ("căn cứ B1; B2 sửa
        # đổi, bổ sung … Luật Đất đai và xét Tờ trình B3": the submission was no basis)
        ("HĐND tỉnh ban hành Nghị quyết số 21/2025/NQ-HĐND. Nghị quyết được ban hành căn cứ Luật Đất đai số "
         "31/2024/QH15; Nghị định số 151/2025/NĐ-CP của Chính phủ sửa đổi, bổ sung một số điều của các nghị định hướng "
         "dẫn Luật Đất đai và xét Tờ trình số 88/TTr-UBND ngày 2/12/2025 của UBND tỉnh.",
         {("21/2025/NQ-HĐND", "based_on", "31/2024/QH15"), ("21/2025/NQ-HĐND", "based_on", "151/2025/NĐ-CP"),
          ("21/2025/NQ-HĐND", "based_on", "88/TTr-UBND")}),
        # regression: a preamble set out line by line gave no relation (only "; " went on to the next lead)
        ("Căn cứ Nghị định số 63/2010/NĐ-CP ngày 08 tháng 6 năm 2010 của Chính phủ về kiểm soát thủ tục hành chính;\n\n"
         "Căn cứ Quyết định số 2890/QĐ-BTP ngày 25 tháng 9 năm 2024 của Bộ trưởng Bộ Tư pháp;\n\n"
         "Theo đề nghị của Giám đốc Sở Tư pháp tại Tờ trình số 1625/TTr-STP ngày 08 tháng 10 năm 2024,\n\n"
         "Chủ tịch Ủy ban nhân dân tỉnh ban hành Quyết định số 2456/QĐ-UBND ngày 11 tháng 10 năm 2024.",
         {("2456/QĐ-UBND", "based_on", "63/2010/NĐ-CP"), ("2456/QĐ-UBND", "based_on", "2890/QĐ-BTP"),
          ("2456/QĐ-UBND", "based_on", "1625/TTr-STP")}),
        # regression: a printed resolution whose preamble ends in its subject, the enacting verb on a line of its own
        # ("…, Ban Chấp hành Đảng bộ xã\n\nQUYẾT NGHỊ:"), related nothing: the main clause named no document
        ("ĐẢNG BỘ HUYỆN CHƯ SÊ\nĐẢNG ỦY XÃ IA BLANG\n*\nSố 11-NQ/ĐU\nIa Blang, ngày 14 tháng 3 năm 2024\n\nNGHỊ QUYẾT\n"
         "về chuyển đổi cây trồng giai đoạn 2024 - 2025\n\nThực hiện Nghị quyết số 07-NQ/HU, ngày 20/9/2023 của Ban "
         "Chấp hành Đảng bộ huyện về phát triển nông nghiệp; trên cơ sở Tờ trình số 12/TTr-UBND ngày 01/3/2024 của UBND "
         "xã, Ban Chấp hành Đảng bộ xã\n\nQUYẾT NGHỊ:\n\nI. MỤC TIÊU\n",
         {("11-NQ/ĐU", "implements", "07-NQ/HU"), ("11-NQ/ĐU", "based_on", "12/TTr-UBND")}),
        # regression: a printed decision amending the rules another decision carries, named by their title (a reference
        # to the printed title) before "ban hành kèm theo": the rules were the printed decision's, which amended nothing
        ("ỦY BAN NHÂN DÂN\nTỈNH BẮC NINH\nSố: 14/2024/QĐ-UBND\nBắc Ninh, ngày 12 tháng 4 năm 2024\n\nQUYẾT ĐỊNH\n"
         "Sửa đổi, bổ sung một số điều của Quy định về quản lý cụm công nghiệp trên địa bàn tỉnh ban hành kèm theo "
         "Quyết định số 08/2022/QĐ-UBND ngày 15 tháng 3 năm 2022 của UBND tỉnh Bắc Ninh\n\nỦY BAN NHÂN DÂN TỈNH BẮC NINH\n\n"
         "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n\nQUYẾT ĐỊNH:\n\nĐiều 1. Sửa đổi khoản 2 "
         "Điều 4 của Quy định về quản lý cụm công nghiệp trên địa bàn tỉnh ban hành kèm theo Quyết định số "
         "08/2022/QĐ-UBND.\n",
         {("14/2024/QĐ-UBND", "amends", "08/2022/QĐ-UBND"), ("14/2024/QĐ-UBND", "based_on", "Luật#")}),
        # regression: a printed decision's preamble ends in its enacting line "QUYẾT ĐỊNH:" (a legal database's page, a
        # PDF): the leads relate the document of the header's number line, not nothing
        ("ỦY BAN NHÂN DÂN TỈNH NGHỆ AN\nSố: 1234/QĐ-UBND\nNghệ An, ngày 18 tháng 5 năm 2022\n\nQUYẾT ĐỊNH\n"
         "Ban hành Kế hoạch phát triển văn hóa đọc\n\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH NGHỆ AN\n\n"
         "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n"
         "Căn cứ Kế hoạch số 35-KH/TU ngày 02/8/2021 của Ban Thường vụ Tỉnh ủy Nghệ An;\n"
         "Theo đề nghị của Giám đốc Sở Văn hóa và Thể thao tại Tờ trình số 890/TTr-SVHTT ngày 05/5/2022.\n\n"
         "QUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Kế hoạch phát triển văn hóa đọc.",
         {("1234/QĐ-UBND", "based_on", "Luật#"), ("1234/QĐ-UBND", "based_on", "35-KH/TU"),
          ("1234/QĐ-UBND", "based_on", "890/TTr-SVHTT")}),
        # regression: a preamble whose last line is a proposal naming no document, then the enacting line, perhaps after
        # its body in capitals, its leads perhaps bulleted ("- Căn cứ B;\n- Xét đề nghị của Ủy ban Kiểm tra Tỉnh ủy,\n\nBAN
        # THƯỜNG VỤ TỈNH ỦY QUYẾT ĐỊNH"), related nothing
        ("TỈNH ỦY HÀ TĨNH\n*\nSố 1520-QĐ/TU\nĐẢNG CỘNG SẢN VIỆT NAM\nHà Tĩnh, ngày 15 tháng 10 năm 2021\n\nQUYẾT ĐỊNH\n"
         "về việc kiện toàn Ban Chỉ đạo\n\n- Căn cứ Điều lệ Đảng;\n- Căn cứ Quy định số 22-QĐ/TW, ngày 28/7/2021 của Ban "
         "Chấp hành Trung ương về công tác kiểm tra;\n- Xét đề nghị của Ủy ban Kiểm tra Tỉnh ủy,\n\nBAN THƯỜNG VỤ TỈNH ỦY "
         "QUYẾT ĐỊNH\nĐiều 1. Kiện toàn Ban Chỉ đạo.\n", {("1520-QĐ/TU", "based_on", "22-QĐ/TW")}),
        # regression: … and one whose last lead names the proposal's document, the enacting line with no colon after a
        # blank line: the sentence ran on into "Điều 1" and the leads related nothing
        ("TỈNH ỦY NINH BÌNH\n*\nSố 732-QĐ/TU\nNinh Bình, ngày 02 tháng 6 năm 2023\n\nQUYẾT ĐỊNH\nvề việc thành lập Đoàn "
         "kiểm tra\n\n- Căn cứ Quy định số 24-QĐ/TW, ngày 30/7/2021 của Ban Chấp hành Trung ương;\n- Căn cứ Quy chế làm "
         "việc của Ban Chấp hành Đảng bộ tỉnh khóa XXII;\n- Xét đề nghị của Ban Tổ chức Tỉnh ủy tại Tờ trình số "
         "41-TTr/BTCTU, ngày 29/5/2023,\n\nBAN THƯỜNG VỤ TỈNH ỦY QUYẾT ĐỊNH\n\nĐiều 1. Thành lập Đoàn kiểm tra số 3 "
         "gồm các đồng chí có tên sau.\n",
         {("732-QĐ/TU", "based_on", "24-QĐ/TW"), ("732-QĐ/TU", "based_on", "Quy chế#"),
          ("732-QĐ/TU", "based_on", "41-TTr/BTCTU")}),
        ("ỦY BAN NHÂN DÂN\nTỈNH HÀ TĨNH\nSố: 150/QĐ-UBND\nHà Tĩnh, ngày 15 tháng 10 năm 2021\n\nQUYẾT ĐỊNH\nVề việc kiện "
         "toàn Ban Chỉ đạo\n\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH\n\nCăn cứ Quyết định số 20/2021/QĐ-UBND ngày 5/3/2021 của UBND "
         "tỉnh;\nTheo đề nghị của Giám đốc Sở Nội vụ.\n\nQUYẾT ĐỊNH:\nĐiều 1. Kiện toàn.\n",
         {("150/QĐ-UBND", "based_on", "20/2021/QĐ-UBND")}),
        # regression: a printed document's preamble whose main clause announces the text that follows ("…, Ban Thường vụ
        # Huyện ủy báo cáo kết quả như sau:") related nothing: the main clause names no document, the header does
        ("HUYỆN ỦY ĐẠI TỪ\n*\nSố 245-BC/HU      Đại Từ, ngày 12 tháng 11 năm 2024\n\nBÁO CÁO\nkết quả công tác năm 2024\n\n"
         "Thực hiện Kế hoạch số 68-KH/TU ngày 15/12/2021 của Ban Thường vụ Tỉnh ủy; Công văn số 1876-CV/TU ngày "
         "20/10/2024 của Ban Thường vụ Tỉnh ủy, Ban Thường vụ Huyện ủy Đại Từ báo cáo kết quả như sau:\n\nI. KẾT QUẢ\n",
         {("245-BC/HU", "implements", "68-KH/TU"), ("245-BC/HU", "implements", "1876-CV/TU")}),
        ("THÀNH ỦY ĐÀ LẠT\n*\nSố 15-CT/TU      Đà Lạt, ngày 08 tháng 01 năm 2024\n\nCHỈ THỊ\nvề công tác bảo vệ rừng\n\n"
         "Để thực hiện có hiệu quả Chỉ thị số 13-CT/TW của Ban Bí thư, Ban Thường vụ Thành ủy yêu cầu các cấp ủy, tổ "
         "chức đảng tập trung thực hiện tốt các nhiệm vụ sau:\n1. Tuyên truyền.\n",
         {("15-CT/TU", "implements", "13-CT/TW")}),
        # regression: what carries the object may hold digits and dashes ("… Kế hoạch phòng, chống thiên tai cấp tỉnh
        # giai đoạn 2021 - 2025 ban hành kèm theo Quyết định số 1520/QĐ-UBND" gave no relation)
        ("UBND tỉnh ban hành Kế hoạch số 210/KH-UBND. Kế hoạch 210 cũng nhằm cụ thể hóa Kế hoạch phòng, chống thiên tai "
         "cấp tỉnh giai đoạn 2021 - 2025 ban hành kèm theo Quyết định số 1520/QĐ-UBND ngày 15/6/2021 của UBND tỉnh.",
         {("210/KH-UBND", "implements", "1520/QĐ-UBND")}),
        # regression: a letter that asks its addressees to carry B out implements B, as one that directs them does
        ("Ban Chỉ huy Phòng thủ dân sự tỉnh đã ban hành Công văn số 85/BCH-PTDS yêu cầu các huyện, thị xã, thành phố "
         "kiểm tra các điểm có nguy cơ sạt lở, triển khai Kế hoạch số 210/KH-UBND.",
         {("85/BCH-PTDS", "implements", "210/KH-UBND")}),
        # regression: a law passed after a lead was not issued there, nor what the list issued after it (and "pháp luật
        # số …" inside its name was a second law)
        ("Để thể chế hóa Nghị quyết số 66-NQ/TW, Quốc hội đã thông qua Luật Ban hành văn bản quy phạm pháp luật số "
         "64/2025/QH15 ngày 19-2-2025 và Nghị quyết số 206/2025/QH15 về cơ chế đặc biệt.",
         {("64/2025/QH15", "implements", "66-NQ/TW"), ("206/2025/QH15", "implements", "66-NQ/TW")}),
        ("Để thể chế hóa Nghị quyết số 66-NQ/TW, Quốc hội đã thông qua Luật Ban hành văn bản quy phạm pháp luật.",
         {("Luật#", "implements", "66-NQ/TW")}),
        # regression: a letter passing on a leader's direction about carrying B out gave no relation
        ("Văn phòng Chính phủ đã có Công văn số 4182/VPCP-ĐMDN ngày 10/5/2025 truyền đạt ý kiến chỉ đạo của Phó Thủ "
         "tướng Nguyễn Chí Dũng về việc thực hiện Nghị quyết số 198/2025/QH15 của Quốc hội.",
         {("4182/VPCP-ĐMDN", "implements", "198/2025/QH15")}),
        # regression: the letter's addressees before its verb, the phrase right after it, gave no relation
        ("Cùng ngày, Bộ Khoa học và Công nghệ có Công văn số 412/BKHCN-VP gửi các đơn vị trực thuộc đề nghị triển khai "
         "Quyết định số 325/QĐ-BKHCN.", {("412/BKHCN-VP", "implements", "325/QĐ-BKHCN")}),
        ("UBND tỉnh ban hành Công văn số 5120/UBND-KT yêu cầu thực hiện nghiêm Công điện số 123/CĐ-TTg của Thủ tướng "
         "Chính phủ.", {("5120/UBND-KT", "implements", "123/CĐ-TTg")}),
        # regression: addressees counted ("… đề nghị Chủ tịch UBND 33 xã, thị trấn tổ chức quán triệt, triển khai B" gave
        # nothing: a number stopped the words before the phrase)
        ("UBND huyện ban hành Công văn số 1045/UBND-NV ngày 06/5/2022 đề nghị thủ trưởng các phòng, ban, đơn vị và Chủ "
         "tịch UBND 33 xã, thị trấn tổ chức quán triệt, triển khai Kế hoạch số 86-KH/HU của Huyện ủy.",
         {("1045/UBND-NV", "implements", "86-KH/HU")}),
        # regression: a second direction after "; đồng thời" hid the phrase ("Công điện yêu cầu các chủ đầu tư khẩn
        # trương hoàn thiện hồ sơ thanh toán, không để dồn vào cuối năm; đồng thời thực hiện nghiêm B" gave nothing)
        ("Ngày 21/10/2024, Chủ tịch UBND tỉnh ký Công điện số 18/CĐ-UBND về giải ngân vốn đầu tư công. Công điện yêu cầu "
         "các chủ đầu tư khẩn trương hoàn thiện hồ sơ thanh toán, không để dồn vào cuối năm; đồng thời thực hiện nghiêm "
         "Chỉ thị số 12/CT-UBND ngày 25/3/2024 của Chủ tịch UBND tỉnh.", {("18/CĐ-UBND", "implements", "12/CT-UBND")}),
        ("UBND tỉnh ban hành Công văn số 5120/UBND-KT yêu cầu các sở rà soát hồ sơ; đồng thời tiếp tục quán triệt Công "
         "điện số 123/CĐ-TTg của Thủ tướng Chính phủ.", set()),
        # regression: a long direction before the phrase (who is to act, listed) gave no relation: the letter's words
        # before its phrase were capped at 15
        ("Ngày 3/8/2023, Văn phòng Chính phủ có Công văn số 5123/VPCP-KTTH truyền đạt ý kiến chỉ đạo của Thủ tướng Chính "
         "phủ, giao Bộ Công Thương, EVN và các cơ quan liên quan nghiêm túc thực hiện Kết luận thanh tra số "
         "1245/KL-TTCP.", {("5123/VPCP-KTTH", "implements", "1245/KL-TTCP")}),
        # regression: an inspection's conclusion named again by its noun and "thanh tra" ("Kết luận thanh tra", as
        # "Nghị quyết chuyên đề") was no reference, so the letter carrying it out had no relation
        ("Ngày 12/6/2024, Thanh tra huyện ban hành Kết luận thanh tra số 05/KL-TTr về ngân sách xã. UBND huyện ban hành "
         "Công văn số 860/UBND-TTr yêu cầu UBND xã tổ chức thực hiện Kết luận thanh tra, báo cáo kết quả.",
         {("860/UBND-TTr", "implements", "05/KL-TTr")}),
        ("Ngày 12/6/2024, Thanh tra huyện ban hành Kết luận thanh tra số 05/KL-TTr về ngân sách xã. Trên cơ sở Kết luận "
         "thanh tra, Chủ tịch UBND huyện ban hành Quyết định số 1520/QĐ-UBND thu hồi các khoản chi sai.",
         {("1520/QĐ-UBND", "based_on", "05/KL-TTr")}),
        # regression: what an audit or an inspection found, stated in B ("kết luận, kiến nghị của Kiểm toán nhà nước tại B"),
        # stood between the phrase and B: no relation
        ("Ngày 25/11/2024, UBND tỉnh Gia Lai ban hành Kế hoạch số 3450/KH-UBND thực hiện kết luận, kiến nghị của Kiểm "
         "toán nhà nước tại Thông báo số 45/TB-KTNN.", {("3450/KH-UBND", "implements", "45/TB-KTNN")}),
        ("Thực hiện kết luận, kiến nghị tại Thông báo số 45/TB-KTNN, UBND tỉnh ban hành Kế hoạch số 3450/KH-UBND.",
         {("3450/KH-UBND", "implements", "45/TB-KTNN")}),
        # regression: a lead whose object is a bare lower-case noun ("Để cụ thể hóa chương trình hành động, …") related
        # nothing: A carries out the document of that kind named last before
        ("Thành ủy ban hành Chương trình hành động số 30-CTr/TU thực hiện Nghị quyết số 66-NQ/TW. Chương trình đặt mục "
         "tiêu lớn. Để cụ thể hóa chương trình hành động, UBND thành phố ban hành Kế hoạch số 145/KH-UBND ngày "
         "28/5/2025.", {("30-CTr/TU", "implements", "66-NQ/TW"), ("145/KH-UBND", "implements", "30-CTr/TU")}),
        # regression: a bare noun for what a decision carries, the decision named back in lower case ("Hướng dẫn ban
        # hành kèm theo quyết định được xây dựng để thực hiện B"), was no reference, and the decision related nothing
        ("Bộ trưởng ký Quyết định số 759/QĐ-BNV ngày 20/6/2025 ban hành Hướng dẫn bố trí cán bộ. Hướng dẫn ban hành "
         "kèm theo quyết định được xây dựng để thực hiện Kết luận số 137-KL/TW.",
         {("759/QĐ-BNV", "implements", "137-KL/TW")}),
        # regression: a title of more words than a gap holds, then what A was issued for, related nothing
        ("Kết luận số 21-KL/TW ngày 25/10/2021 của Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XIII về đẩy "
         "mạnh xây dựng, chỉnh đốn Đảng và hệ thống chính trị được ban hành nhằm tiếp tục thực hiện Nghị quyết số "
         "04-NQ/TW.", {("21-KL/TW", "continues", "04-NQ/TW")}),
        # regression: a document listed after B, dated after the source in the same year, was a second B the source
        # carried out ("Kế hoạch số 31/KH-UBND ngày 20/2/2022 thực hiện Nghị quyết số 09-NQ/TU và Quyết định số
        # 1120/QĐ-UBND ngày 18/5/2022 …": May's decision, issued beside it for the lead, is no object of February's plan)
        ("Để cụ thể hóa Nghị quyết số 09-NQ/TU, UBND tỉnh ban hành Kế hoạch số 31/KH-UBND ngày 20/2/2022 thực hiện "
         "Nghị quyết số 09-NQ/TU và Quyết định số 1120/QĐ-UBND ngày 18/5/2022 phê duyệt Đề án chuyển đổi số của tỉnh.",
         {("31/KH-UBND", "implements", "09-NQ/TU"), ("1120/QĐ-UBND", "implements", "09-NQ/TU")}),
        # regression: a title that lists provinces ended at the first comma before a capital, so what the plan carries out
        # after it was too far ("… của ba tỉnh Lâm Đồng, Đắk Nông, Bình Thuận (cũ) sang một hệ thống …, thực hiện B")
        ("Sở Khoa học và Công nghệ ban hành Kế hoạch số 25/KH-SKHCN ngày 15/7/2025 về hợp nhất hệ thống dịch vụ công của "
         "ba tỉnh Lâm Đồng, Đắk Nông, Bình Thuận (cũ) thành một hệ thống, thực hiện Công văn số 3412/BKHCN-CĐSQG ngày "
         "2/7/2025 của Bộ Khoa học và Công nghệ.", {("25/KH-SKHCN", "implements", "3412/BKHCN-CĐSQG")}),
        # regression: a title in straight quotes with quotes nested in it ended at the first nested one, so what came
        # after it ("… "tự chuyển hóa"" gắn với B2 và B3") was no object of the plan
        ('Đảng ủy thị trấn Tân Phú ban hành Kế hoạch số 35-KH/ĐU thực hiện Kết luận 21-KL/TW về "đẩy mạnh xây dựng, '
         'chỉnh đốn Đảng; kiên quyết ngăn chặn biểu hiện "tự diễn biến", "tự chuyển hóa"" gắn với Quy định 37-QĐi/TW và '
         'Kế hoạch số 120-KH/HU ngày 20/12/2021 của Ban Thường vụ Huyện ủy.',
         {("35-KH/ĐU", "implements", "21-KL/TW"), ("35-KH/ĐU", "implements", "37-QĐi/TW"),
          ("35-KH/ĐU", "implements", "120-KH/HU")}),
        # regression: … and a title that lists bodies of one head ("… thuộc UBND tỉnh, UBND cấp huyện, thực hiện B") ended
        # at the second, so what the plan carries out was the words of a subject
        ("Việc sắp xếp được thực hiện theo Kế hoạch số 47/KH-UBND ngày 14/2/2025 của UBND tỉnh về sắp xếp các cơ quan "
         "chuyên môn thuộc UBND tỉnh, UBND cấp huyện, thực hiện Kết luận số 121-KL/TW ngày 24/1/2025 của Ban Chấp hành "
         "Trung ương Đảng.", {("47/KH-UBND", "implements", "121-KL/TW")}),
        # regression: a clause after "; " whose subject is a place with its level word did not go on with the lead ("Thực
        # hiện B, Đảng ủy xã đã ban hành A1; xã Ea Kênh ban hành A2" related A1 alone)
        ("Thực hiện Kế hoạch số 89/KH-UBND của UBND huyện, Đảng ủy xã đã ban hành Nghị quyết số 08-NQ/ĐU ngày 5/5/2023; "
         "xã Ea Kênh ban hành Kế hoạch số 21/KH-UBND ngày 10/5/2023 về xây dựng xã số.",
         {("08-NQ/ĐU", "implements", "89/KH-UBND"), ("21/KH-UBND", "implements", "89/KH-UBND")}),
        # regression: a numbered subject that sets out aims after a lead, a later comma opening what read as a clause
        # ("…, Kế hoạch số 45/KH-UBND đặt mục tiêu 100% xã, thị trấn có Tổ công nghệ số" related nothing)
        ("UBND huyện Vị Xuyên ban hành Kế hoạch số 45/KH-UBND ngày 15/1/2024 về cải cách hành chính.\n\nTheo tinh thần "
         "Nghị quyết số 03-NQ/TU ngày 15/9/2021 của Ban Chấp hành Đảng bộ tỉnh khóa XVII về chuyển đổi số, Kế hoạch số "
         "45/KH-UBND đặt mục tiêu 100% xã, thị trấn có Tổ công nghệ số cộng đồng; năm 2024 huyện phấn đấu nằm trong Top 3.",
         {("45/KH-UBND", "implements", "03-NQ/TU")}),
        # regression: … and one that assigns tasks, or a body's document named back lower case ("Để thực hiện B, kế
        # hoạch của UBND thành phố phân công …" related nothing)
        ("UBND tỉnh ban hành Kế hoạch số 77/KH-UBND ngày 2/4/2024 về chuyển đổi số. Để thực hiện Quyết định số "
         "942/QĐ-TTg ngày 15/6/2021 của Thủ tướng Chính phủ, Kế hoạch 77 phân công nhiệm vụ cho từng sở, ngành.",
         {("77/KH-UBND", "implements", "942/QĐ-TTg")}),
        ("UBND tỉnh ban hành Kế hoạch số 77/KH-UBND ngày 2/4/2024 về chuyển đổi số. Thực hiện Quyết định số "
         "942/QĐ-TTg ngày 15/6/2021 của Thủ tướng Chính phủ, kế hoạch của UBND tỉnh tập trung vào ba nhóm giải pháp.",
         {("77/KH-UBND", "implements", "942/QĐ-TTg")}),
        # … after B's title that names documents of its own
        ("UBND tỉnh ban hành Kế hoạch số 77/KH-UBND ngày 2/4/2024. Để thực hiện Quyết định số 2289/QĐ-TTg ngày 31/12/2020 "
         "của Thủ tướng Chính phủ ban hành Chiến lược quốc gia về cách mạng công nghiệp lần thứ tư, Kế hoạch 77 xác định "
         "sáu nhóm nhiệm vụ.", {("77/KH-UBND", "implements", "2289/QĐ-TTg")}),
        # regression: a plan issued with no object after a sentence of what must be complied with ("… phải thực hiện
        # đúng Quy định số 80-QĐ/TW …") carried that out, not the directive whose content it was
        ("Ban Thường vụ Tỉnh ủy ban hành Chỉ thị số 12-CT/TU ngày 3/5/2024 về lãnh đạo đại hội. Theo Chỉ thị 12, đại hội "
         "cấp cơ sở hoàn thành trước tháng 6/2025. Việc chuẩn bị nhân sự phải thực hiện đúng Quy định số 80-QĐ/TW của Bộ "
         "Chính trị. Ban Thường vụ Huyện ủy Tam Đảo đã ban hành Kế hoạch số 77-KH/HU để thực hiện.",
         {("77-KH/HU", "implements", "12-CT/TU")}),
        # regression: the act of issuing named after where the words come from ("Theo tờ trình, việc ban hành nghị quyết
        # là cần thiết để thực hiện B") related nothing
        ("HĐND tỉnh thông qua Nghị quyết số 21/2024/NQ-HĐND quy định mức hỗ trợ nhân viên y tế thôn bản. Theo Sở Y tế, "
         "việc ban hành nghị quyết nhằm thực hiện Kết luận số 25-KL/TU ngày 4/3/2024 của Ban Thường vụ Tỉnh ủy.",
         {("21/2024/NQ-HĐND", "implements", "25-KL/TU")}),
        # … not how a change was made ("Theo UBND TP, việc điều chỉnh … được thực hiện theo B": no relation, guard)
        ("UBND tỉnh ban hành Quyết định số 45/2024/QĐ-UBND ngày 2/10/2024 về bảng giá đất. Theo UBND tỉnh, việc điều "
         "chỉnh bảng giá đất được thực hiện theo Nghị định số 71/2024/NĐ-CP của Chính phủ.", set()),
        # regression: a document an object's title approves was a source of the lead ("Trên cơ sở B, UBND tỉnh đã có A,
        # đồng thời lồng ghép triển khai Quyết định số 150/QĐ-TTg … phê duyệt Chiến lược …": the decision was based on B)
        ("Tỉnh ủy ban hành Nghị quyết số 05-NQ/TU ngày 2/3/2021. Trên cơ sở Nghị quyết 05, UBND tỉnh đã có Kế hoạch số "
         "61/KH-UBND ngày 20/3/2023, đồng thời lồng ghép triển khai Quyết định số 922/QĐ-TTg ngày 2/8/2022 của Thủ tướng "
         "Chính phủ phê duyệt Chiến lược phát triển kinh tế trang trại.", {("61/KH-UBND", "based_on", "05-NQ/TU")}),
        # regression: a lead set between the subject and its verb related nothing ("UBND huyện Krông Pắc, thực hiện B,
        # đã ban hành A": no main clause opened after B); a count of bodies after it issues none (guard)
        ("UBND huyện Krông Pắc, thực hiện Kế hoạch số 18-KH/TU của Tỉnh ủy, đã ban hành Kế hoạch số 89/KH-UBND ngày "
         "25/4/2023.", {("89/KH-UBND", "implements", "18-KH/TU")}),
        ("Xã Ea Kênh, trên cơ sở Kế hoạch số 89/KH-UBND của huyện, ban hành Kế hoạch số 21/KH-UBND ngày 10/5/2023.",
         {("21/KH-UBND", "based_on", "89/KH-UBND")}),
        ("Năm 2024, thực hiện Kế hoạch số 18-KH/TU của Tỉnh ủy, đã có 15 xã ban hành kế hoạch.", set()),
        # regression: "theo tinh thần B" after A related nothing when B was already carried out by another document
        ("Tỉnh ủy ban hành Chương trình hành động số 36-CTr/TU thực hiện Nghị quyết số 68-NQ/TW. Cùng ngày, Chủ tịch "
         "UBND tỉnh ký Quyết định số 1650/QĐ-UBND thành lập Tổ công tác hỗ trợ doanh nghiệp theo tinh thần Nghị quyết 68.",
         {("36-CTr/TU", "implements", "68-NQ/TW"), ("1650/QĐ-UBND", "implements", "68-NQ/TW")}),
        # regression: a description that goes on into what A does to its kind with no comma gave no relation
        ("Nghị định số 150/2025/NĐ-CP quy định tổ chức các cơ quan chuyên môn thuộc UBND cấp tỉnh, UBND cấp xã thay thế "
         "Nghị định số 24/2014/NĐ-CP và Nghị định số 37/2014/NĐ-CP.",
         {("150/2025/NĐ-CP", "replaces", "24/2014/NĐ-CP"), ("150/2025/NĐ-CP", "replaces", "37/2014/NĐ-CP")}),
        # regression: a comma clause that replaces or amends after A's B is A's ("A triển khai B, thay thế C": B
        # replaced C)
        ("Ban Thường vụ Tỉnh ủy đã ban hành Kế hoạch số 265-KH/TU ngày 25/4/2025 triển khai Chỉ thị 45-CT/TW, thay "
         "thế Kế hoạch số 230-KH/TU ngày 10/7/2024.",
         {("265-KH/TU", "implements", "45-CT/TW"), ("265-KH/TU", "replaces", "230-KH/TU")}),
        # regression: "các" between the phrase and several Bs ("thực hiện các Nghị quyết 57, 59, 66 và 68") related none
        ("Ban Thường vụ Thành ủy ban hành Chương trình hành động số 03-CTr/TU thực hiện các Nghị quyết 57, 59 và 68 của "
         "Bộ Chính trị.", {("03-CTr/TU", "implements", "57-NQ/TW"), ("03-CTr/TU", "implements", "59-NQ/TW"),
                           ("03-CTr/TU", "implements", "68-NQ/TW")}),
        ("Thực hiện có hiệu quả các Nghị quyết số 57-NQ/TW và 59-NQ/TW của Bộ Chính trị, Tỉnh ủy đã ban hành Kế hoạch "
         "số 15-KH/TU.", {("15-KH/TU", "implements", "57-NQ/TW"), ("15-KH/TU", "implements", "59-NQ/TW")}),
        # regression: the plural noun's list after a colon, its items by "số" and the symbol, the issuer perhaps before the
        # colon ("Thực hiện các Nghị quyết của Bộ Chính trị: số 57-NQ/TW …, số 59-NQ/TW …, X ban hành A") related none,
        # and a first item's title ran on over the next item
        ("Thực hiện các Chỉ thị của Ban Bí thư: số 21-CT/TW ngày 20/1/2023 về công tác phụ nữ, số 28-CT/TW ngày 21/12/2023 "
         "về nâng cao chất lượng bảo hiểm xã hội, Ban Thường vụ Huyện ủy ban hành Kế hoạch số 40-KH/HU.",
         {("40-KH/HU", "implements", "21-CT/TW"), ("40-KH/HU", "implements", "28-CT/TW")}),
        ("Để triển khai các Kết luận: số 12-KL/TW và số 14-KL/TW của Bộ Chính trị, Đảng ủy xã ban hành Kế hoạch số "
         "09-KH/ĐU.", {("09-KH/ĐU", "implements", "12-KL/TW"), ("09-KH/ĐU", "implements", "14-KL/TW")}),
        # regression: … an item described with a verb, not "về", before the next item's "số" ("…: số 263/QĐ-TTg … phê
        # duyệt Chương trình …; số 318/QĐ-TTg …" lost the second) …
        ("Thực hiện các Quyết định của Thủ tướng Chính phủ: số 1600/QĐ-TTg ngày 16/8/2016 phê duyệt Chương trình mục "
         "tiêu quốc gia xây dựng nông thôn mới; số 1980/QĐ-TTg ngày 17/10/2016 ban hành Bộ tiêu chí quốc gia về xã nông "
         "thôn mới, UBND huyện ban hành Kế hoạch số 77/KH-UBND ngày 2/3/2017.",
         {("77/KH-UBND", "implements", "1600/QĐ-TTg"), ("77/KH-UBND", "implements", "1980/QĐ-TTg")}),
        # … and the issuer between the noun and the items' "số", with no colon ("Căn cứ các Nghị quyết của HĐND tỉnh số
        # 12/2022/NQ-HĐND và số 13/2022/NQ-HĐND, …" related none)
        ("Căn cứ các Nghị quyết của HĐND tỉnh số 21/2022/NQ-HĐND và số 22/2022/NQ-HĐND ngày 9/12/2022, UBND tỉnh ban "
         "hành Quyết định số 3120/QĐ-UBND ngày 20/12/2022 giao dự toán.",
         {("3120/QĐ-UBND", "based_on", "21/2022/NQ-HĐND"), ("3120/QĐ-UBND", "based_on", "22/2022/NQ-HĐND")}),
        ("Thực hiện các Quyết định của Thủ tướng Chính phủ số 90/QĐ-TTg ngày 18/01/2022 và số 1719/QĐ-TTg ngày "
         "14/10/2021, Ban Thường vụ Huyện ủy ban hành Chỉ thị số 08-CT/HU ngày 1/3/2022.",
         {("08-CT/HU", "implements", "90/QĐ-TTg"), ("08-CT/HU", "implements", "1719/QĐ-TTg")}),
        # regression: the Thủ tướng's telegram asking bodies to carry B out "ngay" gave no relation (letters only)
        ("Thủ tướng vừa ký Công điện số 71/CĐ-TTg ngày 21/5/2025 yêu cầu các bộ, ngành, địa phương triển khai ngay, "
         "đồng bộ, hiệu quả Nghị quyết số 68-NQ/TW của Bộ Chính trị và Nghị quyết số 138/NQ-CP của Chính phủ.",
         {("71/CĐ-TTg", "implements", "68-NQ/TW"), ("71/CĐ-TTg", "implements", "138/NQ-CP")}),
        # regression: the provisions of B between the phrase and B ("sửa đổi Điều 3 Quyết định số …", "sửa đổi, bổ sung
        # khoản 2 Điều 5 của Nghị định số …") gave no relation
        ("UBND tỉnh ban hành Quyết định số 45/2024/QĐ-UBND sửa đổi Điều 3 Quyết định số 20/2021/QĐ-UBND của UBND tỉnh.",
         {("45/2024/QĐ-UBND", "amends", "20/2021/QĐ-UBND")}),
        ("Nghị định số 07/2025/NĐ-CP sửa đổi, bổ sung khoản 2 Điều 5 của Nghị định số 100/2019/NĐ-CP.",
         {("07/2025/NĐ-CP", "amends", "100/2019/NĐ-CP")}),
        # regression: the amending verbs in another order ("bổ sung, sửa đổi B", "điều chỉnh, bổ sung B") gave no relation
        ("Ban Thường vụ Tỉnh ủy ban hành Quyết định số 2050-QĐ/TU bổ sung, sửa đổi Quyết định số 1374-QĐ/TU.",
         {("2050-QĐ/TU", "amends", "1374-QĐ/TU")}),
        ("Ban Thường vụ Tỉnh ủy ban hành Quyết định số 2050-QĐ/TU điều chỉnh, bổ sung Quyết định số 1374-QĐ/TU về thành "
         "lập Ban Chỉ đạo.", {("2050-QĐ/TU", "amends", "1374-QĐ/TU")}),
        ("Quyết định số 1374-QĐ/TU được bổ sung, sửa đổi bởi Quyết định số 2050-QĐ/TU.",
         {("2050-QĐ/TU", "amends", "1374-QĐ/TU")}),
        # regression: a steering committee's code ending the symbol before the phrase was read as a committee named by its
        # task ("Kế hoạch số 05-KH/BCĐ thực hiện B" as "BCĐ thực hiện B"): no relation
        ("Ban Chỉ đạo tỉnh ban hành Kế hoạch số 05-KH/BCĐ thực hiện Nghị quyết số 35-NQ/TW.",
         {("05-KH/BCĐ", "implements", "35-NQ/TW")}),
        ("Quyết định số 45/2024/QĐ-UBND sửa đổi, bổ sung các Điều 4, 7 và 9 của Quy định ban hành kèm theo Quyết định "
         "số 20/2021/QĐ-UBND.", {("45/2024/QĐ-UBND", "amends", "20/2021/QĐ-UBND")}),
        # regression: "hướng dẫn thực hiện một số điều của B" gave nothing (provisions without numbers)
        ("Ngày 06/02/2024, Ủy ban Kiểm tra Trung ương ban hành Hướng dẫn số 10-HD/UBKTTW hướng dẫn thực hiện một số "
         "điều của Quy định số 22-QĐ/TW ngày 28/7/2021 của Ban Chấp hành Trung ương.",
         {("10-HD/UBKTTW", "implements", "22-QĐ/TW")}),
        # regression: a lead after a long first clause that reports ("Báo cáo tổng kết số 215-BC/TU của Ban Thường
        # vụ Tỉnh ủy cho biết, thực hiện Nghị quyết, …") was not read: the first clause may hold 45 characters
        ("Ban Thường vụ Tỉnh ủy tổng kết thực hiện Nghị quyết Trung ương 3 (khóa VIII) về Chiến lược cán bộ. Báo cáo tổng "
         "kết số 215-BC/TU của Ban Thường vụ Tỉnh ủy cho biết, thực hiện Nghị quyết, Tỉnh ủy đã ban hành Chương trình "
         "hành động số 12-CTr/TU ngày 5/9/1997 và Nghị quyết số 06-NQ/TU ngày 12/5/2005 về đào tạo cán bộ.",
         # (the report of that review reviews the resolution: "Báo cáo tổng kết số 215-BC/TU" after "… tổng kết thực
         # hiện Nghị quyết Trung ương 3")
         {("12-CTr/TU", "implements", "Nghị quyết#"), ("06-NQ/TU", "implements", "Nghị quyết#"),
          ("215-BC/TU", "reviews", "Nghị quyết#")}),
        ("Báo cáo số 186-BC/TU ngày 8/7/2016 của Ban Thường vụ Tỉnh ủy nêu rõ, thực hiện Chỉ thị số 33-CT/TW, Ban Thường "
         "vụ Tỉnh ủy đã ban hành Kế hoạch số 92-KH/TU.", {("92-KH/TU", "implements", "33-CT/TW")}),
        # regression: a document of A's body after "; ", past a B of another body, is what the body issued beside A,
        # not a second B ("… Kế hoạch số 125-KH/TU … thực hiện Kết luận số 114-KL/TW …; Chỉ thị số 12-CT/TU …")
        ("Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 125-KH/TU ngày 5/6/2017 thực hiện Kết luận số "
         "114-KL/TW của Ban Bí thư (khóa XI) về nâng cao hiệu quả công tác dân vận của cơ quan nhà nước, chính quyền các "
         "cấp; Chỉ thị số 12-CT/TU ngày 18/8/2017 về tăng cường công tác dân vận trong tình hình mới.",
         {("125-KH/TU", "implements", "114-KL/TW")}),
        # … a document of another body still is
        ("Ban Thường vụ Huyện ủy ban hành Kế hoạch số 25-KH/HU thực hiện Nghị quyết số 05-NQ/TU; Chỉ thị số 12-CT/TU "
         "của Tỉnh ủy.", {("25-KH/HU", "implements", "05-NQ/TU"), ("25-KH/HU", "implements", "12-CT/TU")}),
        # regression: a letter telling its addressees to go on with older documents does not carry them out, as a
        # directive does not ("Công văn yêu cầu các tổ chức cơ sở đảng tiếp tục quán triệt Công văn số 79-CV/TW …")
        ("Văn phòng Huyện ủy có Công văn số 356-CV/VPHU truyền đạt ý kiến chỉ đạo. Công văn yêu cầu các tổ chức cơ sở "
         "đảng tiếp tục quán triệt Công văn số 79-CV/TW ngày 31/3/2020 của Ban Bí thư và Chỉ thị số 06-CT/TU ngày "
         "28/3/2020 của Ban Thường vụ Tỉnh ủy.", set()),
        ("Ban Thường vụ Tỉnh ủy ban hành Thông báo kết luận số 45-TB/TU. Thông báo yêu cầu các Đảng ủy xã, phường tiếp "
         "tục quán triệt, thực hiện nghiêm Kết luận số 183-KL/TW ngày 1/8/2025 của Bộ Chính trị.", set()),
        # … but one about going on with B does ("… về việc tiếp tục thực hiện B")
        ("Ngày 21 tháng 3 năm 2014, Văn phòng Tỉnh ủy có Công văn số 1245-CV/VPTU truyền đạt ý kiến chỉ đạo của Thường "
         "trực Tỉnh ủy về việc tiếp tục thực hiện Chỉ thị số 21-CT/TƯ ngày 26 tháng 3 năm 2008 của Bộ Chính trị (khóa X).",
         {("1245-CV/VPTU", "implements", "21-CT/TW")}),
        ("Văn phòng Huyện ủy có Công văn số 356-CV/VPHU yêu cầu các tổ chức cơ sở đảng thực hiện nghiêm Chỉ thị số "
         "06-CT/TU ngày 28/3/2020 của Ban Thường vụ Tỉnh ủy.", {("356-CV/VPHU", "implements", "06-CT/TU")}),
        # regression: an item named by what a decision carries ("… và Quy chế mẫu ban hành kèm theo Quyết định số
        # 244-QĐ/TW") ended the list, and the title's "thi hành" before it read it as carried by B: 29-QĐ/TW implemented
        # the decision
        ("Ban Chấp hành Đảng bộ tỉnh ban hành Quyết định số 05-QĐ/TU căn cứ Quy định số 29-QĐ/TW ngày 25/7/2016 của Ban "
         "Chấp hành Trung ương về thi hành Điều lệ Đảng và Quy chế mẫu ban hành kèm theo Quyết định số 244-QĐ/TW ngày "
         "5/10/2020 của Ban Bí thư.", {("05-QĐ/TU", "based_on", "29-QĐ/TW"), ("05-QĐ/TU", "based_on", "244-QĐ/TW")}),
        # … not a lower-case item
        ("Ban Chấp hành Đảng bộ tỉnh ban hành Quyết định số 05-QĐ/TU căn cứ Quy định số 29-QĐ/TW và các văn bản kèm "
         "theo Quyết định số 244-QĐ/TW.", {("05-QĐ/TU", "based_on", "29-QĐ/TW")}),
        # regression: a list item after the relation phrase said again ("tổng kết 10 năm thực hiện B và 5 năm thực
        # hiện B2", "thực hiện B và thực hiện B2") was no item: only B was related
        ("Theo Báo cáo số 245-BC/HU ngày 5/5/2021 của Ban Thường vụ Huyện ủy tổng kết 10 năm thực hiện Chỉ thị số "
         "03-CT/TW ngày 14/5/2011 của Bộ Chính trị khóa XI và 5 năm thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ "
         "Chính trị khóa XII, việc học tập và làm theo Bác đã trở thành nền nếp.",
         {("245-BC/HU", "reviews", "03-CT/TW"), ("245-BC/HU", "reviews", "05-CT/TW")}),
        ("Kế hoạch số 24-KH/HU thực hiện Chỉ thị số 03-CT/TW và thực hiện Chỉ thị số 05-CT/TW.",
         {("24-KH/HU", "implements", "03-CT/TW"), ("24-KH/HU", "implements", "05-CT/TW")}),
        # … not after another phrase
        ("Kế hoạch số 24-KH/HU thực hiện Chỉ thị số 03-CT/TW và sơ kết Chỉ thị số 05-CT/TW.",
         {("24-KH/HU", "implements", "03-CT/TW")}),
        # regression: a title ran on after "; " into a clause citing documents of its own, whose second item was
        # then listed after the resolution the plan implements
        ("Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 76-KH/TU ngày 12/8/2013 thực hiện Nghị quyết số 25-NQ/TW ngày "
         "03/6/2013 của Ban Chấp hành Trung ương Đảng khóa XI về công tác dân vận trong tình hình mới; hướng dẫn các địa "
         "phương thực hiện Quyết định số 217-QĐ/TW và Quyết định số 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị.",
         {("76-KH/TU", "implements", "25-NQ/TW")}),
        # regression: a title's pair of bare documents of one kind set off by ", " ("về thực hiện Nghị quyết 1658,
        # Nghị quyết 1659, …") ended the title at the comma: the second became the lead's and the plan carried it out
        ("Thực hiện Kế hoạch số 215-KH/ĐU ngày 10-2-2023 của Thường vụ Đảng ủy Quân khu 9 về thực hiện Nghị quyết 1658, "
         "Nghị quyết 1659, Đảng ủy Quân sự tỉnh ban hành Chương trình hành động số 02-CTr/ĐU ngày 2-3-2023.",
         {("215-KH/ĐU", "implements", "Nghị quyết#1658"), ("215-KH/ĐU", "implements", "Nghị quyết#1659"),
          ("02-CTr/ĐU", "implements", "215-KH/ĐU")}),
        # … not a document of another kind, which is the lead's second item
        ("Thực hiện Kế hoạch số 215-KH/ĐU ngày 10-2-2023 của Thường vụ Đảng ủy Quân khu 9 về phát triển kinh tế, Nghị "
         "quyết số 16-NQ/TU của Tỉnh ủy, Đảng ủy Quân sự tỉnh ban hành Chương trình hành động số 02-CTr/ĐU.",
         {("02-CTr/ĐU", "implements", "215-KH/ĐU"), ("02-CTr/ĐU", "implements", "16-NQ/TU")}),
        # regression: … and "một số điều trong B" ("Hướng dẫn số 02-HD/UBKTTW hướng dẫn thực hiện một số điều trong Quy
        # định số 22-QĐ/TW" gave nothing)
        ("Trước đó, ngày 28/9/2021, Ủy ban Kiểm tra Trung ương đã ban hành Hướng dẫn số 02-HD/UBKTTW hướng dẫn thực hiện "
         "một số điều trong Quy định số 22-QĐ/TW.", {("02-HD/UBKTTW", "implements", "22-QĐ/TW")}),
        ("Nghị định số 07/2025/NĐ-CP sửa đổi, bổ sung một số điều tại Nghị định số 100/2019/NĐ-CP.",
         {("07/2025/NĐ-CP", "amends", "100/2019/NĐ-CP")}),
        ("Bộ Tài chính ban hành Thông tư số 32/2025/TT-BTC hướng dẫn thi hành một số Điều của Nghị định số "
         "70/2025/NĐ-CP.", {("32/2025/TT-BTC", "implements", "70/2025/NĐ-CP")}),
        # regression: an effect clause with its date and the year it applies from before "thay thế" (eleven words)
        ("Thông tư 12/2025/TT-BTC có hiệu lực từ ngày 05/5/2025, áp dụng từ năm tài chính 2025 và thay thế Thông tư số "
         "23/2023/TT-BTC ngày 25/4/2023 của Bộ trưởng Bộ Tài chính.", {("12/2025/TT-BTC", "replaces", "23/2023/TT-BTC")}),
        # regression: what a review's meeting decides to go on with is not what the review plan reviews
        ("Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 250-KH/TU ngày 18/10/2024 sơ kết 5 năm thực hiện Chỉ thị số "
         "36-CT/TW. Tại hội nghị sơ kết, đại biểu thống nhất tiếp tục triển khai Nghị quyết số 09/2021/NQ-HĐND ngày "
         "16/7/2021 của HĐND tỉnh.", {("250-KH/TU", "reviews", "36-CT/TW")}),
        # regression: a printed decision's subject under its heading, opened by its verb, gave nothing
        ("ỦY BAN NHÂN DÂN\nTỈNH VĨNH LONG\nSố: 1820/QĐ-UBND\nVĩnh Long, ngày 05 tháng 9 năm 2024\n\nQUYẾT ĐỊNH\n"
         "Ban hành Kế hoạch thực hiện Chương trình hành động số 45-CTr/TU ngày 15/7/2024 của Tỉnh ủy Vĩnh Long\n",
         {("1820/QĐ-UBND", "implements", "45-CTr/TU")}),
        # regression: a passive after a title with no "đã" before it ran on as part of the title: nothing related
        ("Nghị quyết số 27-NQ/TW ngày 09/11/2022 của Ban Chấp hành Trung ương về tiếp tục xây dựng và hoàn thiện Nhà "
         "nước pháp quyền xã hội chủ nghĩa Việt Nam trong giai đoạn mới được Tỉnh ủy cụ thể hóa bằng Kế hoạch số "
         "102-KH/TU ngày 15/02/2023.", {("102-KH/TU", "implements", "27-NQ/TW")}),
        ("Nghị định số 59/2015/NĐ-CP về quản lý dự án đầu tư xây dựng được sửa đổi, bổ sung bởi Nghị định số "
         "42/2017/NĐ-CP.", {("42/2017/NĐ-CP", "amends", "59/2015/NĐ-CP")}),
        # regression: a clause after "; " that issues a guide to the main clause's plan was cut off the lead
        ("Thực hiện Chỉ thị số 35-CT/TW ngày 30/5/2019 của Bộ Chính trị, Ban Thường vụ Thành ủy ban hành Kế hoạch số "
         "186-KH/TU ngày 20/7/2019; Ban Tổ chức Thành ủy ban hành Hướng dẫn số 12-HD/BTCTU ngày 02/8/2019 hướng dẫn "
         "thực hiện Kế hoạch số 186-KH/TU.",
         {("186-KH/TU", "implements", "35-CT/TW"), ("12-HD/BTCTU", "implements", "35-CT/TW"),
          ("12-HD/BTCTU", "implements", "186-KH/TU")}),
        ("Thực hiện Chỉ thị số 35-CT/TW của Bộ Chính trị, Ban Thường vụ Thành ủy ban hành Kế hoạch số 186-KH/TU; Ban "
         "Tổ chức Thành ủy ban hành Hướng dẫn số 12-HD/BTCTU hướng dẫn thực hiện Quy định số 105-QĐ/TW.",
         {("186-KH/TU", "implements", "35-CT/TW"), ("12-HD/BTCTU", "implements", "105-QĐ/TW")}),
        # regression: "đánh giá N năm thực hiện B" after A reviews B ("Tỉnh ủy Lào Cai ban hành Báo cáo số 412-BC/TU
        # đánh giá 10 năm thực hiện Chỉ thị số 40-CT/TW" gave nothing: only "sơ kết", "tổng kết", "đánh giá kết quả"
        # opened a review), also with an adverb before it ("Báo cáo cũng đánh giá kết quả 3 năm thực hiện B")
        ("Ngày 10/7/2024, Tỉnh ủy Lào Cai ban hành Báo cáo số 412-BC/TU đánh giá 10 năm thực hiện Chỉ thị số 40-CT/TW "
         "ngày 22/11/2014 của Ban Bí thư. Báo cáo cũng đánh giá kết quả 3 năm thực hiện Kết luận số 06-KL/TW ngày "
         "10/6/2021 của Ban Bí thư.",
         {("412-BC/TU", "reviews", "40-CT/TW"), ("412-BC/TU", "reviews", "06-KL/TW")}),
        # regression: a bare noun before the verb of the clause ("… thực hiện Chỉ thị cho thấy") was no back-reference
        ("Bộ Chính trị ban hành Chỉ thị số 36-CT/TW ngày 16/8/2019. Báo cáo số 412-BC/TU ngày 15/12/2024 của Ban "
         "Thường vụ Tỉnh ủy sơ kết việc thực hiện Chỉ thị cho thấy nhiều chuyển biến.",
         {("412-BC/TU", "reviews", "36-CT/TW")}),
        # regression: an aside after a listed item ended the list ("B (được sửa đổi … bởi A) và B2": B2 was left out)
        ("Thông tư số 05/2024/TT-BNV được xây dựng để thực hiện Luật Thống kê số 89/2015/QH13 (được sửa đổi, bổ sung "
         "bởi Luật số 01/2021/QH15) và Nghị định số 62/2024/NĐ-CP ngày 07/6/2024 của Chính phủ.",
         {("05/2024/TT-BNV", "implements", "89/2015/QH13"), ("05/2024/TT-BNV", "implements", "62/2024/NĐ-CP"),
          ("01/2021/QH15", "amends", "89/2015/QH13")}),
        # regression: a main clause opened by a level word ran on as the lead's title, or was no main clause
        ("Năm 2019, thực hiện Kết luận số 50-KL/TW của Ban Bí thư về tiếp tục thực hiện Chỉ thị số 29-CT/TW, tỉnh "
         "đã ban hành Kế hoạch số 220-KH/TU ngày 15/10/2019.",
         {("50-KL/TW", "continues", "29-CT/TW"), ("220-KH/TU", "implements", "50-KL/TW")}),
        ("Sau 3 năm thực hiện Chương trình số 03-CTr/TU, huyện Đông Anh đã ban hành Báo cáo số 150-BC/HU ngày "
         "10/5/2024 sơ kết giữa nhiệm kỳ.", {("150-BC/HU", "reviews", "03-CTr/TU")}),
        # regression: a plenum's conclusion named by its plenum was no document
        ("Kết luận số 10-KL/TW ngày 26/12/2016 của Bộ Chính trị về tiếp tục thực hiện Kết luận Hội nghị Trung ương 5 "
         "khóa X về phòng, chống tham nhũng.", {("10-KL/TW", "continues", "Kết luận#")}),
        # regression: a report whose subject is carrying B out reviews B (it implemented B)
        ("Năm 2023, Ban Thường vụ Tỉnh ủy ban hành Báo cáo số 280-BC/TU ngày 15/6/2023 về kết quả 5 năm thực hiện "
         "Nghị quyết số 18-NQ/TW.", {("280-BC/TU", "reviews", "18-NQ/TW")}),
        # regression: a conclusion notice about the results of years of B reviews B (it implemented B)
        ("Ngày 14/11/2023, Ban Thường vụ Tỉnh ủy ban hành Thông báo kết luận số 412-TB/TU về kết quả 10 năm thực hiện "
         "Kết luận số 10-KL/TW, ngày 26/12/2016 của Bộ Chính trị.", {("412-TB/TU", "reviews", "10-KL/TW")}),
        # … and so does one about the results of B with no years counted ("Thông báo số 312-TB/HU về kết quả thực hiện
        # B" implemented B)
        ("Văn phòng Huyện ủy ban hành Thông báo số 215-TB/HU về kết quả thực hiện Nghị quyết số 09-NQ/TU ngày "
         "20/12/2021 của Ban Chấp hành Đảng bộ tỉnh.", {("215-TB/HU", "reviews", "09-NQ/TU")}),
        ("Ban Thường vụ Huyện ủy ban hành Kết luận số 32-KL/HU về kết quả thực hiện Chỉ thị số 05-CT/TW.",
         {("32-KL/HU", "reviews", "05-CT/TW")}),
        ("Ban Thường vụ Tỉnh ủy ban hành Kết luận số 45-KL/TU về kết quả 5 năm thực hiện Nghị quyết số 18-NQ/TW.",
         {("45-KL/TU", "reviews", "18-NQ/TW")}),
        # regression: a second act after ", đồng thời" that is a review ("A thực hiện B, đồng thời sơ kết 5 năm thực hiện
        # C" made B review C), or a purpose with a review ("…, đồng thời nhằm sơ kết 5 năm thực hiện C" gave nothing)
        ("Quận ủy ban hành Kế hoạch số 112-KH/QU thực hiện Kết luận số 114-KL/TW của Ban Bí thư, đồng thời sơ kết 5 năm "
         "thực hiện Chỉ thị số 08-CT/QU của Ban Thường vụ Quận ủy.",
         {("112-KH/QU", "implements", "114-KL/TW"), ("112-KH/QU", "reviews", "08-CT/QU")}),
        ("Kế hoạch số 112-KH/QU được xây dựng trên cơ sở Hướng dẫn số 35-HD/BDVTU của Ban Dân vận Thành ủy, đồng thời "
         "nhằm sơ kết 5 năm thực hiện Chỉ thị số 08-CT/QU của Ban Thường vụ Quận ủy.",
         {("112-KH/QU", "based_on", "35-HD/BDVTU"), ("112-KH/QU", "reviews", "08-CT/QU")}),
        # regression: a span of years in words was no span ("về kết quả một năm thực hiện B" implemented B)
        ("Ngày 12/9/2024, Ban Thường vụ Tỉnh ủy Nghệ An có Kết luận số 286-KL/TU về kết quả một năm thực hiện Chương "
         "trình hành động số 40-CTr/TU.", {("286-KL/TU", "reviews", "40-CTr/TU")}),
        ("Báo cáo số 95/BC-UBND ngày 10/11/2022 của UBND tỉnh đánh giá hai năm thực hiện Chỉ thị số 05/CT-UBND.",
         {("95/BC-UBND", "reviews", "05/CT-UBND")}),
        # ... but a title about inspection work, not a check of B, still relates what follows it
        ("Ngày 30/5/2025, Ban Chấp hành Trung ương ban hành Quy định số 296-QĐ/TW về công tác kiểm tra, giám sát và kỷ "
         "luật của Đảng thay thế Quy định số 22-QĐ/TW.", {("296-QĐ/TW", "replaces", "22-QĐ/TW")}),
        ("Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 56-KH/TU về công tác kiểm tra, giám sát năm 2024 thực hiện Chỉ thị "
         "số 35-CT/TW.", {("56-KH/TU", "implements", "35-CT/TW")}),
        # regression: a clause after "; " that goes on with the main clause's subject ("…; đồng thời ban hành Quyết định
        # số 354-QĐ/UBKTTW …") issued nothing the lead carries out
        ("Thực hiện Quy định 22-QĐ/TW, ngày 28/9/2021, Ủy ban Kiểm tra Trung ương đã ban hành Hướng dẫn số 02-HD/UBKTTW; "
         "đồng thời ban hành Quyết định số 354-QĐ/UBKTTW về các quy trình kiểm tra.",
         {("02-HD/UBKTTW", "implements", "22-QĐ/TW"), ("354-QĐ/UBKTTW", "implements", "22-QĐ/TW")}),
        # regression: a listed item described by what it carries out ("thi hành Chương VII … Điều lệ Đảng") ended the
        # list: the next item after "; " was not replaced
        ("Quy định 22-QĐ/TW thay thế các quy định sau: Quy định số 30-QĐ/TW, ngày 26/7/2016 của Ban Chấp hành Trung ương "
         "thi hành Chương VII và Chương VIII Điều lệ Đảng về công tác kiểm tra; Quy định số 86-QĐ/TW, ngày 01/6/2017 của "
         "Bộ Chính trị về giám sát trong Đảng.",
         {("22-QĐ/TW", "replaces", "30-QĐ/TW"), ("22-QĐ/TW", "replaces", "86-QĐ/TW")}),
        # regression: an HĐND resolution's preamble whose last line lists a submission, a review report ("Báo cáo
        # thẩm tra") and the deputies' views before "QUYẾT NGHỊ:" related nothing
        ("HỘI ĐỒNG NHÂN DÂN\nTỈNH BẮC GIANG\nSố: 15/2024/NQ-HĐND\nBắc Giang, ngày 10 tháng 7 năm 2024\n\nNGHỊ QUYẾT\n"
         "Quy định mức thu học phí\n\nHỘI ĐỒNG NHÂN DÂN TỈNH BẮC GIANG\n\nCăn cứ Luật Giáo dục ngày 14 tháng 6 năm "
         "2019;\nXét Tờ trình số 56/TTr-UBND ngày 20 tháng 6 năm 2024 của Ủy ban nhân dân tỉnh; Báo cáo thẩm tra số "
         "120/BC-HĐND ngày 05 tháng 7 năm 2024 của Ban Văn hóa - Xã hội Hội đồng nhân dân tỉnh; ý kiến thảo luận của "
         "đại biểu tại kỳ họp.\n\nQUYẾT NGHỊ:\n\nĐiều 1. Quy định mức thu học phí.",
         {("15/2024/NQ-HĐND", "based_on", "Luật#"), ("15/2024/NQ-HĐND", "based_on", "56/TTr-UBND"),
          ("15/2024/NQ-HĐND", "based_on", "120/BC-HĐND")}),
        # regression: a passive after an aside that amends B was not read ("B (đã được sửa đổi … bởi A1) được thay thế
        # bằng A2": only A1's amendment came out)
        ("Nghị định số 91/2019/NĐ-CP ngày 19/11/2019 của Chính phủ (đã được sửa đổi, bổ sung bởi Nghị định số "
         "04/2022/NĐ-CP ngày 06/01/2022) được thay thế bằng Nghị định số 123/2024/NĐ-CP kể từ ngày 04/10/2024.",
         {("04/2022/NĐ-CP", "amends", "91/2019/NĐ-CP"), ("123/2024/NĐ-CP", "replaces", "91/2019/NĐ-CP")}),
        # regression: an adverb before a passive phrase ("B trước đó đã được sửa đổi, bổ sung tại A") hid it
        ("Thông tư số 148/2018/TT-BQP trước đó đã được sửa đổi, bổ sung tại Thông tư số 50/2023/TT-BQP ngày 15/7/2023.",
         {("50/2023/TT-BQP", "amends", "148/2018/TT-BQP")}),
        # regression: a lead's main clause whose subject is no body ("liên ngành …") ran into B's title, so its
        # plan carried out nothing
        ("Để thực hiện Kế hoạch số 200/KH-UBND (ngày 12-8-2024) của UBND tỉnh về phòng, chống dịch bệnh truyền nhiễm "
         "năm 2024-2025, liên ngành Y tế - Giáo dục đã ban hành Kế hoạch liên tịch số 15/KHLT-SYT-SGDĐT ngày 14-8-2024.",
         {("15/KHLT-SYT-SGDĐT", "implements", "200/KH-UBND")}),
        # regression: a decision described by "giao" in place of a title ("Quyết định số 612/QĐ-UBND giao dự toán …,
        # căn cứ B" gave nothing: the description was not read as the decision's)
        ("Ngày 13/12/2024, UBND tỉnh Bắc Ninh ban hành Quyết định số 612/QĐ-UBND giao dự toán thu, chi ngân sách nhà nước "
         "năm 2025, căn cứ Nghị quyết số 98/NQ-HĐND ngày 10/12/2024 của HĐND tỉnh.",
         {("612/QĐ-UBND", "based_on", "98/NQ-HĐND")}),
        # regression: … or by what a council's resolution confirms or ratifies ("Nghị quyết số 01/NQ-HĐND xác nhận tư cách
        # đại biểu … trên cơ sở Báo cáo thẩm tra …" gave nothing)
        ("Kỳ họp thứ nhất HĐND tỉnh khóa XI đã thông qua Nghị quyết số 01/NQ-HĐND xác nhận tư cách đại biểu HĐND tỉnh "
         "trên cơ sở Báo cáo thẩm tra của Ủy ban bầu cử tỉnh.", {("01/NQ-HĐND", "based_on", "Báo cáo#")}),
        ("HĐND tỉnh ban hành Nghị quyết số 25/NQ-HĐND phê chuẩn quyết toán ngân sách địa phương năm 2024 trên cơ sở Tờ "
         "trình số 310/TTr-UBND của UBND tỉnh.", {("25/NQ-HĐND", "based_on", "310/TTr-UBND")}),
        # regression: a passive after a description and a comma ("B quy định …, được sửa đổi, bổ sung tại A") gave nothing
        ("Mức phạt áp dụng theo Nghị định số 115/2018/NĐ-CP quy định xử phạt vi phạm hành chính về an toàn thực phẩm, "
         "được sửa đổi, bổ sung tại Nghị định số 124/2021/NĐ-CP.", {("124/2021/NĐ-CP", "amends", "115/2018/NĐ-CP")}),
        # regression: a description whose parts a "; " joins, as a legal document's title does, hid the passive after
        # it ("Thông tư số 38/2015/TT-BTC … quy định về thủ tục hải quan; kiểm tra, giám sát hải quan; …, đã được sửa đổi,
        # bổ sung bởi A" gave nothing)
        ("Doanh nghiệp thực hiện theo Thông tư số 38/2015/TT-BTC ngày 25/3/2015 của Bộ Tài chính quy định về thủ tục hải "
         "quan; kiểm tra, giám sát hải quan; thuế xuất khẩu, thuế nhập khẩu và quản lý thuế đối với hàng hóa xuất khẩu, "
         "nhập khẩu, đã được sửa đổi, bổ sung bởi Thông tư số 39/2018/TT-BTC ngày 20/4/2018.",
         {("39/2018/TT-BTC", "amends", "38/2015/TT-BTC")}),
        # guard: a passive right after "; " still ends the description (a list of expired documents gives the reason so)
        ("Thông tư số 40/2021/TT-BTC ngày 1/6/2021 hướng dẫn thuế giá trị gia tăng; được thay thế bởi Thông tư số "
         "100/2024/TT-BTC.", {("100/2024/TT-BTC", "replaces", "40/2021/TT-BTC")}),
        # regression: what a decision issues named by the phrase ("Quyết định số … ban hành Quy định chi tiết một số điều
        # của Luật Đất đai" gave nothing: the phrase was read only right after the decision or its "về")
        ("Việc bồi thường thực hiện theo Quyết định số 35/2022/QĐ-UBND ngày 15/9/2022 của UBND tỉnh ban hành Quy định chi "
         "tiết một số điều của Luật Đất đai về bồi thường, hỗ trợ và tái định cư.",
         {("35/2022/QĐ-UBND", "implements", "Luật#")}),
        # regression: "vốn" (which) before the passive phrase after a comma hid it
        ("Nghị định 168 thay thế Nghị định số 100/2019/NĐ-CP ngày 30/12/2019 của Chính phủ, vốn đã được sửa đổi, bổ sung "
         "bởi Nghị định số 123/2021/NĐ-CP.",
         {("Nghị định#168", "replaces", "100/2019/NĐ-CP"), ("123/2021/NĐ-CP", "amends", "100/2019/NĐ-CP")}),
        # regression: a letter's subject after "V/v" (về việc) gave no relation
        ("UBND tỉnh có Công văn số 1234/UBND-VX V/v triển khai thực hiện Chỉ thị số 20/CT-TTg ngày 12/6/2025 của Thủ "
         "tướng Chính phủ.", {("1234/UBND-VX", "implements", "20/CT-TTg")}),
        ("Sở có Công văn số 1234/SYT-VX (V/v triển khai thực hiện Chỉ thị số 20/CT-TTg).",
         {("1234/SYT-VX", "implements", "20/CT-TTg")}),
        # regression: "một số nội dung của/tại" where the phrase table knew only "một số điều của" gave no amends
        ("UBND tỉnh ban hành Kế hoạch số 156/KH-UBND về sửa đổi, bổ sung một số nội dung của Kế hoạch số 48/KH-UBND ngày "
         "3/3/2023 của UBND tỉnh.", {("156/KH-UBND", "amends", "48/KH-UBND")}),
        ("UBND tỉnh ban hành Quyết định số 1560/QĐ-UBND sửa đổi một số nội dung tại Quyết định số 48/QĐ-UBND.",
         {("1560/QĐ-UBND", "amends", "48/QĐ-UBND")}),
        ("UBND huyện ban hành Kế hoạch số 56/KH-UBND điều chỉnh một số nội dung của Kế hoạch số 12/KH-UBND.",
         {("56/KH-UBND", "amends", "12/KH-UBND")}),
        # regression: a mark of urgency after the citation hid its subject ("Văn bản số 6421/UBND-YT (hỏa tốc) về việc
        # triển khai thực hiện Công điện …" gave nothing)
        ("Ngày 2/8/2021, UBND tỉnh ban hành Văn bản số 6421/UBND-YT (hỏa tốc) về việc triển khai thực hiện Công điện số "
         "1063/CĐ-TTg ngày 31/7/2021 của Thủ tướng Chính phủ.", {("6421/UBND-YT", "implements", "1063/CĐ-TTg")}),
        ("UBND tỉnh có Công văn số 512/UBND-NC ngày 3/4/2024 (Thượng khẩn) triển khai Chỉ thị số 20/CT-TTg.",
         {("512/UBND-NC", "implements", "20/CT-TTg")}),
        # regression: a circular that guides a decree implements it ("Thông tư … hướng dẫn Nghị định số …" gave nothing)
        ("Bộ Tài chính ban hành Thông tư số 12/2024/TT-BTC hướng dẫn Nghị định số 73/2019/NĐ-CP ngày 5/9/2019 của Chính "
         "phủ.", {("12/2024/TT-BTC", "implements", "73/2019/NĐ-CP")}),
        # regression: a lead whose object is a plural back-reference ("Để triển khai 2 nghị quyết trên, …") gave
        # nothing: it carries out the documents of that kind the sentences before name, the last N when counted
        ("Ngày 9-9, Tỉnh ủy sơ kết 3 năm thực hiện Nghị quyết số 18-NQ/TW và Nghị quyết số 19-NQ/TW ngày 25-10-2017 "
         "của Ban Chấp hành Trung ương Đảng khóa XII.\n\nĐể triển khai 2 nghị quyết trên, Ban Thường vụ Tỉnh ủy đã ban "
         "hành Chương trình hành động số 21-CTr/TU ngày 5-3-2018 và Kế hoạch số 118-KH/TU ngày 12-3-2018.",
         {("21-CTr/TU", "implements", "18-NQ/TW"), ("21-CTr/TU", "implements", "19-NQ/TW"),
          ("118-KH/TU", "implements", "18-NQ/TW"), ("118-KH/TU", "implements", "19-NQ/TW")}),
        # regression: a means opening the sentence, then the main clause that carries B out ("Bằng A, X đã cụ thể hóa B",
        # "Với việc ban hành A, X đã triển khai B" gave nothing); not a means that is no document
        ("Bằng Kế hoạch số 204/KH-UBND ngày 5/6/2022, UBND huyện đã cụ thể hóa Chỉ thị số 31-CT/TU của Ban Thường vụ "
         "Tỉnh ủy.", {("204/KH-UBND", "implements", "31-CT/TU")}),
        ("Với việc ban hành Chương trình số 07-CTr/ĐU, Đảng ủy phường đã triển khai Nghị quyết số 21-NQ/TW của Ban Chấp "
         "hành Trung ương.", {("07-CTr/ĐU", "implements", "21-NQ/TW")}),
        ("Thông qua hội nghị, Ban Thường vụ Huyện ủy đã quán triệt Chỉ thị số 31-CT/TU của Ban Thường vụ Tỉnh ủy.", set()),
        # … brought into life ("Để đưa các nghị quyết trên vào cuộc sống, …" gave nothing)
        ("Bộ Chính trị ban hành Nghị quyết số 59-NQ/TW và Nghị quyết số 66-NQ/TW. Để đưa các nghị quyết trên vào cuộc sống, "
         "Đảng ủy phường đã ban hành Kế hoạch số 21-KH/ĐU.",
         {("21-KH/ĐU", "implements", "59-NQ/TW"), ("21-KH/ĐU", "implements", "66-NQ/TW")}),
        ("Ban Bí thư ban hành Chỉ thị số 36-CT/TW và Chỉ thị số 37-CT/TW. Để sớm đưa hai chỉ thị vào thực tiễn, Huyện ủy "
         "ban hành Kế hoạch số 75-KH/HU.", {("75-KH/HU", "implements", "36-CT/TW"), ("75-KH/HU", "implements", "37-CT/TW")}),
        # … counted by a number with no "trên", the noun capitalised as a name ("Theo Báo cáo, thực hiện hai Chỉ thị, Ban
        # Thường vụ Tỉnh ủy đã ban hành …" carried out nothing); not a plural that counts nothing
        ("Tỉnh ủy tổng kết Chỉ thị số 42-CT/TW và Chỉ thị số 17-CT/TW của Ban Bí thư. Thực hiện hai Chỉ thị, Ban Thường "
         "vụ Tỉnh ủy đã ban hành Kế hoạch số 64-KH/TU ngày 5/8/2018.",
         {("64-KH/TU", "implements", "42-CT/TW"), ("64-KH/TU", "implements", "17-CT/TW")}),
        ("Tỉnh ủy tổng kết Chỉ thị số 42-CT/TW và Chỉ thị số 17-CT/TW của Ban Bí thư. Thực hiện nhiều Chỉ thị, Ban Thường "
         "vụ Tỉnh ủy đã ban hành Kế hoạch số 64-KH/TU ngày 5/8/2018.", set()),
        ("Tỉnh ủy tổng kết Chỉ thị số 29-CT/TW của Bộ Chính trị và Nghị quyết số 25-NQ/TW của Hội nghị Trung ương 7. "
         "Thực hiện các văn bản trên, Ban Thường vụ Tỉnh ủy ban hành Chương trình hành động số 31-CTr/TU.",
         {("31-CTr/TU", "implements", "29-CT/TW"), ("31-CTr/TU", "implements", "25-NQ/TW")}),
        ("Bộ Chính trị ban hành Chỉ thị số 05-CT/TW, Nghị quyết số 18-NQ/TW và Nghị quyết số 19-NQ/TW. Để thực hiện "
         "các nghị quyết này, Tỉnh ủy ban hành Kế hoạch số 10-KH/TU.",
         {("10-KH/TU", "implements", "18-NQ/TW"), ("10-KH/TU", "implements", "19-NQ/TW")}),
        # regression: a lead's object of two nouns sharing one demonstrative ("Thực hiện Chỉ thị và Chương trình hành
        # động nêu trên, …" gave nothing: the first noun named no document, so the lead had no object)
        ("Huyện ủy sơ kết Chỉ thị 13-CT/TW của Ban Bí thư và Chương trình hành động số 27-CTr/TU của Tỉnh ủy. Thực "
         "hiện Chỉ thị và Chương trình hành động nêu trên, Ban Thường vụ Huyện ủy đã ban hành Kế hoạch số 42-KH/HU.",
         {("42-KH/HU", "implements", "13-CT/TW"), ("42-KH/HU", "implements", "27-CTr/TU")}),
        # regression: the issuing verb's list goes on after "; " with a numbered item and no subject ("… ban hành
        # Chương trình hành động số 31-CTr/TU …; Thông báo kết luận số 256-TB/TU … về …": the notice took no
        # relation); an item with an issuer of its own is another clause's
        ("Thực hiện Chỉ thị số 29-CT/TW, Ban Thường vụ Tỉnh ủy ban hành Chương trình hành động số 31-CTr/TU ngày "
         "10/11/2008; Thông báo kết luận số 256-TB/TU ngày 12/5/2014 về công tác thanh niên.",
         {("31-CTr/TU", "implements", "29-CT/TW"), ("256-TB/TU", "implements", "29-CT/TW")}),
        ("Thực hiện Chỉ thị số 29-CT/TW, Ban Thường vụ Tỉnh ủy ban hành Chương trình hành động số 31-CTr/TU; Kế hoạch "
         "số 12/KH-UBND của UBND tỉnh được triển khai sau đó.", {("31-CTr/TU", "implements", "29-CT/TW")}),
        # regression: "sau khi có B" opens a lead as "sau khi B được ban hành" does ("… cho thấy, ngay sau khi có Nghị
        # quyết, Ban Thường vụ Tỉnh ủy đã ban hành Chương trình hành động số 26-CTr/TU" gave nothing)
        ("Báo cáo tổng kết cho thấy, ngay sau khi có Nghị quyết số 26-NQ/TW, Ban Thường vụ Tỉnh ủy đã ban hành Chương "
         "trình hành động số 26-CTr/TU ngày 20-10-2008.", {("26-CTr/TU", "implements", "26-NQ/TW")}),
        ("Trung ương ban hành Nghị quyết số 26-NQ/TW. Sau khi có Nghị quyết, Ban Thường vụ Tỉnh ủy ban hành Chương "
         "trình hành động số 26-CTr/TU.", {("26-CTr/TU", "implements", "26-NQ/TW")}),
        # regression: a proposal made in a Tờ trình, after a comma in the title of the B that A carries out, is the basis
        # of A, the document being made, not of B ("Nghị quyết được xây dựng nhằm cụ thể hóa Nghị quyết số 05-NQ/TU …
        # về …, trên cơ sở đề nghị của UBND tỉnh tại Tờ trình số 212/TTr-UBND" made 05-NQ/TU rest on it)
        ("Nghị quyết số 22/2022/NQ-HĐND được xây dựng nhằm cụ thể hóa Nghị quyết số 07-NQ/TU ngày 5/5/2021 của Ban "
         "Chấp hành Đảng bộ tỉnh về phát triển du lịch, trên cơ sở đề nghị của UBND tỉnh tại Tờ trình số 180/TTr-UBND "
         "ngày 20/11/2022.",
         {("22/2022/NQ-HĐND", "implements", "07-NQ/TU"), ("22/2022/NQ-HĐND", "based_on", "180/TTr-UBND")}),
        ("Nghị quyết số 22/2022/NQ-HĐND được xây dựng nhằm cụ thể hóa Nghị quyết số 07-NQ/TU ngày 5/5/2021 của Ban "
         "Chấp hành Đảng bộ tỉnh về phát triển du lịch giai đoạn 2021 - 2025, định hướng đến năm 2030, trên cơ sở đề "
         "nghị của UBND tỉnh tại Tờ trình số 180/TTr-UBND ngày 20/11/2022.",
         {("22/2022/NQ-HĐND", "implements", "07-NQ/TU"), ("22/2022/NQ-HĐND", "based_on", "180/TTr-UBND")}),
        # regression: a lead that opens with the time within which B was carried out ("Trong hơn 10 năm thực hiện B,
        # Tỉnh ủy đã ban hành A1, UBND tỉnh ban hành A2 triển khai thực hiện") relates what its clauses issue to B; A2
        # carried out A1 instead
        ("Trong hơn 10 năm thực hiện Nghị quyết số 33-NQ/TW, Tỉnh ủy đã ban hành Chương trình hành động số 45-CTr/TU "
         "ngày 2/10/2014, UBND tỉnh ban hành Kế hoạch số 312/KH-UBND ngày 9/3/2015 triển khai thực hiện.",
         {("45-CTr/TU", "implements", "33-NQ/TW"), ("312/KH-UBND", "implements", "33-NQ/TW")}),
        # regression: numbers sharing one noun and symbol, not issued in the sentence, each carry out what the last
        # one's phrase names ("sơ kết … thực hiện các Chương trình hành động số 01, 02, 03-CTr/TU ngày … của … thực
        # hiện B" gave only 03-CTr/TU)
        ("Tỉnh ủy sơ kết giữa nhiệm kỳ thực hiện các Chương trình hành động số 04, 05, 06-CTr/TU ngày 10/12/2020 của "
         "Ban Chấp hành Đảng bộ tỉnh thực hiện Nghị quyết số 12-NQ/TU.",
         {("04-CTr/TU", "implements", "12-NQ/TU"), ("05-CTr/TU", "implements", "12-NQ/TU"),
          ("06-CTr/TU", "implements", "12-NQ/TU")}),
        # regression: items of one kind listed with their date and body written once after the last ("quán triệt A1 và
        # A2 ngày … của … thực hiện B") are one group, each carrying B out; only the last did
        ("Sáng 12/4, Huyện ủy tổ chức hội nghị quán triệt Kế hoạch số 41-KH/HU và Kế hoạch số 42-KH/HU ngày 2/4/2024 "
         "của Ban Thường vụ Huyện ủy thực hiện Chỉ thị số 35-CT/TW của Bộ Chính trị.",
         {("41-KH/HU", "implements", "35-CT/TW"), ("42-KH/HU", "implements", "35-CT/TW")}),
        ("Hội nghị đã triển khai Chương trình hành động số 07-CTr/TU và Chương trình hành động số 08-CTr/TU ngày "
         "15/3/2023 của Tỉnh ủy về thực hiện Nghị quyết số 19-NQ/TW của Ban Chấp hành Trung ương Đảng.",
         {("07-CTr/TU", "implements", "19-NQ/TW"), ("08-CTr/TU", "implements", "19-NQ/TW")}),
        # … to one document: two groups of two may pair each to each, so only the last item's is sure
        ("Hội nghị triển khai Kế hoạch số 51-KH/TU và Kế hoạch số 52-KH/TU ngày 9/1/2018 của Tỉnh ủy thực hiện các Nghị "
         "quyết số 18-NQ/TW, 19-NQ/TW của Ban Chấp hành Trung ương.",
         {("52-KH/TU", "implements", "18-NQ/TW"), ("52-KH/TU", "implements", "19-NQ/TW")}),
        # … but not an item of another kind, nor one with a tail of its own
        ("Hội nghị đã quán triệt Chỉ thị số 18-CT/TU và Kế hoạch số 19-KH/TU ngày 3/2/2025 của Ban Thường vụ Tỉnh ủy "
         "thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị.",
         {("19-KH/TU", "implements", "57-NQ/TW")}),
        ("Hội nghị đã quán triệt Kế hoạch số 18-KH/TU ngày 10/1/2025 của Tỉnh ủy và Kế hoạch số 19-KH/TU ngày 3/2/2025 "
         "của Ban Thường vụ Tỉnh ủy thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị.",
         {("19-KH/TU", "implements", "57-NQ/TW")}),
        # regression: a main clause with no subject of its own, its verb after an adverb ("…; sau khi có B, tiếp tục
        # ban hành A", "Để cụ thể hóa B, kịp thời ban hành A") gave nothing
        ("Thực hiện Chỉ thị số 40-CT/TW, Ban Thường vụ Huyện ủy đã ban hành Kế hoạch số 21-KH/HU ngày 4/3/2015; sau khi "
         "có Kết luận số 06-KL/TW, tiếp tục ban hành Kế hoạch số 88-KH/HU ngày 9/8/2021.",
         {("21-KH/HU", "implements", "40-CT/TW"), ("88-KH/HU", "implements", "06-KL/TW")}),
        ("Để cụ thể hóa Chỉ thị số 42-CT/TW của Ban Bí thư, kịp thời ban hành Kế hoạch số 163/KH-UBND ngày 15/7/2020.",
         {("163/KH-UBND", "implements", "42-CT/TW")}),
        # regression: a plural back-reference as the subject of a passive phrase ("Các văn bản trên được … cụ thể
        # hóa bằng A") related nothing: A carries out the documents of that kind named before
        ("Tỉnh ủy sơ kết Kết luận số 21-KL/TW và Quy định số 37-QĐi/TW của Ban Chấp hành Trung ương. Các văn bản "
         "trên được Ban Thường vụ Tỉnh ủy cụ thể hóa bằng Kế hoạch số 45-KH/TU và Kế hoạch số 46-KH/TU.",
         {("45-KH/TU", "implements", "21-KL/TW"), ("45-KH/TU", "implements", "37-QĐi/TW"),
          ("46-KH/TU", "implements", "21-KL/TW"), ("46-KH/TU", "implements", "37-QĐi/TW")}),
        # regression: "Kế hoạch phối hợp" opening a sentence was no back-reference, so its bases had no source
        ("Ngày 5/9/2023, Công an tỉnh Nghệ An và Tỉnh đoàn Nghệ An ký kết Kế hoạch phối hợp số 12/KHPH-CAT-TĐ. Kế "
         "hoạch phối hợp được xây dựng trên cơ sở Thông tư liên tịch số 06/2023/TTLT-BCA-BGDĐT.",
         {("12/KHPH-CAT-TĐ", "based_on", "06/2023/TTLT-BCA-BGDĐT")}),
        # regression: a main clause that records an act, its document in parentheses ("…, Ban Thường vụ Tỉnh ủy đã quyết
        # định thành lập Ban Chỉ đạo của tỉnh (Quyết định số 2185-QĐ/TU …)" gave the lead nothing to relate)
        ("Trước đó, thực hiện Kế hoạch số 01-KH/BCĐTW ngày 13/01/2025 của Ban Chỉ đạo Trung ương, Ban Thường vụ Tỉnh ủy đã "
         "quyết định thành lập Ban Chỉ đạo của tỉnh (Quyết định số 2185-QĐ/TU ngày 21/01/2025).",
         {("2185-QĐ/TU", "implements", "01-KH/BCĐTW")}),
        ("Thực hiện Chỉ thị số 19/CT-TTg, UBND tỉnh đã thành lập Tổ công tác liên ngành (Quyết định số 123/QĐ-UBND ngày "
         "5/3/2024).", {("123/QĐ-UBND", "implements", "19/CT-TTg")}),
        # regression: "Trên cơ sở đó, X ban hành A" after a sentence that issues B gave nothing: "đó" points back at B
        ("Ngày 12/3/2015, Ban Thường vụ Tỉnh ủy đã ban hành Kế hoạch số 91-KH/TU. Trên cơ sở đó, ngày 18/3/2015, UBND "
         "tỉnh ban hành Quyết định số 582/QĐ-UBND.", {("582/QĐ-UBND", "based_on", "91-KH/TU")}),
        # … only where A says nothing else of B
        ("Thành ủy đã ban hành Chương trình hành động số 25-CTr/TU ngày 14/2/2025. Trên cơ sở đó, UBND thành phố ban hành "
         "Kế hoạch số 54/KH-UBND triển khai Chương trình hành động số 25-CTr/TU.",
         {("54/KH-UBND", "implements", "25-CTr/TU")}),
        # regression: a main clause that counts what it issues and lists it after a colon on bulleted lines ("Để triển
        # khai Kết luận 21, Ban Thường vụ Tỉnh ủy đã ban hành các văn bản:\n- Kế hoạch số 61-KH/TU …;\n- Chỉ thị số …")
        ("Để triển khai Kết luận số 21-KL/TW, Ban Thường vụ Tỉnh ủy đã ban hành các văn bản:\n- Kế hoạch số 61-KH/TU ngày "
         "10/12/2021;\n- Chỉ thị số 09-CT/TU ngày 15/3/2022 về tăng cường kỷ luật, kỷ cương.",
         {("61-KH/TU", "implements", "21-KL/TW"), ("09-CT/TU", "implements", "21-KL/TW")}),
        # regression: a passive after a title that names a document is about the titled document ("Kết luận số 54-KL/TW
        # … về tiếp tục thực hiện Nghị quyết … đã được tỉnh cụ thể hóa bằng Kế hoạch số 183-KH/TU" made the plan carry
        # out the resolution); an aside inside a title that runs on stays the named document's
        ("Kết luận số 54-KL/TW ngày 7/8/2019 của Bộ Chính trị về tiếp tục thực hiện Nghị quyết số 26-NQ/TW đã được tỉnh "
         "cụ thể hóa bằng Kế hoạch số 183-KH/TU ngày 10/10/2019.",
         {("183-KH/TU", "implements", "54-KL/TW"), ("54-KL/TW", "continues", "26-NQ/TW")}),
        # regression: a document said to be what an unnumbered noun names ("Nghị quyết số 138/NQ-CP … là Chương trình hành
        # động … thực hiện B") was two documents, and the programme, not the resolution, carried B out
        ("Nghị quyết số 138/NQ-CP ngày 16/5/2025 của Chính phủ là Chương trình hành động của Chính phủ thực hiện Nghị "
         "quyết số 68-NQ/TW của Bộ Chính trị.", {("138/NQ-CP", "implements", "68-NQ/TW")}),
        # regression: the active form of "B được cụ thể hóa bằng A", the phrase before B and A after "bằng", gave nothing
        ("Ban Thường vụ Tỉnh ủy đã cụ thể hóa Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị bằng Chương trình "
         "hành động số 10-CTr/TU ngày 5/3/2025.", {("10-CTr/TU", "implements", "57-NQ/TW")}),
        ("Tỉnh ủy đã lãnh đạo triển khai thực hiện Chỉ thị số 05-CT/TW bằng Kế hoạch số 30-KH/TU và Hướng dẫn số "
         "12-HD/TU.", {("30-KH/TU", "implements", "05-CT/TW"), ("12-HD/TU", "implements", "05-CT/TW")}),
        ("Tỉnh ủy đã cụ thể hóa các Nghị quyết số 57-NQ/TW, 59-NQ/TW và 66-NQ/TW của Bộ Chính trị bằng Chương trình hành "
         "động số 10-CTr/TU.", {("10-CTr/TU", "implements", "57-NQ/TW"), ("10-CTr/TU", "implements", "59-NQ/TW"),
                                ("10-CTr/TU", "implements", "66-NQ/TW")}),
        # regression: the documents listed after "bằng những văn bản riêng:", each its clause's ("Các huyện đã cụ thể hóa
        # Chỉ thị số 02/CT-UBND bằng những văn bản riêng: Hương Khê có Kế hoạch số 85/KH-UBND …; Vũ Quang ban hành Công
        # văn số 312/UBND-NN …" gave nothing); not those of the next sentence
        ("Các huyện ven biển đã triển khai Chỉ thị số 07/CT-UBND bằng những văn bản riêng: Nghi Xuân có Kế hoạch số "
         "112/KH-UBND ngày 2/4/2024; Lộc Hà ban hành Công văn số 540/UBND-NN ngày 3/4/2024. Sở Nông nghiệp ban hành Kế "
         "hoạch số 88/KH-SNN.", {("112/KH-UBND", "implements", "07/CT-UBND"), ("540/UBND-NN", "implements", "07/CT-UBND")}),
        # regression: … and those a plural after "bằng" names after "trong đó có", "như" ("Nghệ An đã cụ thể hóa B bằng nhiều
        # văn bản quan trọng, trong đó có Nghị quyết số 09-NQ/TU …" gave nothing)
        ("Quá trình thực hiện, tỉnh đã cụ thể hóa Nghị quyết số 26-NQ/TW bằng nhiều văn bản quan trọng, trong đó có Nghị "
         "quyết số 09-NQ/TU ngày 4/4/2012 của Ban Chấp hành Đảng bộ tỉnh về xây dựng nông thôn mới.",
         {("09-NQ/TU", "implements", "26-NQ/TW")}),
        ("Huyện ủy đã triển khai Chỉ thị số 05-CT/TW bằng các chương trình, kế hoạch như Kế hoạch số 15-KH/HU ngày "
         "2/8/2016, Kế hoạch số 21-KH/HU ngày 5/1/2017.",
         {("15-KH/HU", "implements", "05-CT/TW"), ("21-KH/HU", "implements", "05-CT/TW")}),
        ("UBND tỉnh thay thế Quyết định số 30/QĐ-UBND bằng Quyết định số 45/QĐ-UBND.",
         {("45/QĐ-UBND", "replaces", "30/QĐ-UBND")}),
        # regression: "thông qua" says the means as "bằng" does ("tỉnh đã thực hiện B thông qua A1 và A2" gave nothing, and
        # B's title ran on over A1); a plan after "; " with its own object is no means of B, and a council adopting a
        # scheme ("Nghị quyết … thông qua Đề án") carries nothing out
        ("Những năm qua, tỉnh đã triển khai Nghị quyết số 22-NQ/TW của Bộ Chính trị về hội nhập quốc tế thông qua "
         "Chương trình hành động số 37-CTr/TU ngày 2/8/2013 của Tỉnh ủy và Kế hoạch số 95/KH-UBND ngày 11/10/2013; "
         "Quyết định số 512/QĐ-UBND về kiện toàn Ban Chỉ đạo hội nhập quốc tế tỉnh.",
         {("37-CTr/TU", "implements", "22-NQ/TW"), ("95/KH-UBND", "implements", "22-NQ/TW")}),
        ("Tại kỳ họp, HĐND tỉnh ban hành Nghị quyết số 16/NQ-HĐND thông qua Đề án phát triển kinh tế cửa khẩu.", set()),
        ("Tỉnh ủy đã lãnh đạo thực hiện Chỉ thị số 05-CT/TW; Kế hoạch số 12-KH/TU bằng nhiều giải pháp.", set()),
        ("UBND tỉnh ban hành Quyết định số 10/2020/QĐ-UBND về quy chế thực hiện theo Nghị định số 59/2015/NĐ-CP (được sửa "
         "đổi, bổ sung bởi Nghị định số 100/2018/NĐ-CP) trên địa bàn tỉnh.",
         {("100/2018/NĐ-CP", "amends", "59/2015/NĐ-CP")}),
        # regression: a Party document is changed by Party documents, a state one by state ones: after the resolution
        # of another system that a plan carries out, the passive is about the plan or the resolution that issues it
        ("Thực hiện Nghị quyết số 03/NQ-CP ngày 9/1/2025 của Chính phủ ban hành Chương trình hành động của Chính phủ "
         "thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị, được sửa đổi, bổ sung tại Nghị quyết số "
         "71/NQ-CP ngày 1/4/2025, UBND tỉnh ban hành Kế hoạch số 86/KH-UBND.",
         {("03/NQ-CP", "implements", "57-NQ/TW"), ("71/NQ-CP", "amends", "03/NQ-CP"),
          ("86/KH-UBND", "implements", "03/NQ-CP")}),
        ("Xã ban hành Kế hoạch số 12/KH-UBND thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị, bám sát Nghị quyết số "
         "03/NQ-CP của Chính phủ ban hành Chương trình hành động thực hiện Nghị quyết 57, được sửa đổi, bổ sung bởi Nghị "
         "quyết số 71/NQ-CP.",  # B named by its number alone: its system is that of the symbol cited before
         {("12/KH-UBND", "implements", "57-NQ/TW"), ("03/NQ-CP", "implements", "57-NQ/TW"),
          ("71/NQ-CP", "amends", "03/NQ-CP")}),
        ("UBND huyện ban hành Kế hoạch số 20/KH-UBND thực hiện Nghị quyết số 19-NQ/TW, được điều chỉnh, bổ sung bởi "
         "Kế hoạch số 45/KH-UBND.",
         {("20/KH-UBND", "implements", "19-NQ/TW"), ("45/KH-UBND", "amends", "20/KH-UBND")}),
        # … of one system, the passive stays with the document it follows
        ("Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 20-KH/TU thực hiện Quy định số 22-QĐ/TW, được sửa đổi, bổ sung "
         "bởi Quy định số 262-QĐ/TW.",
         {("20-KH/TU", "implements", "22-QĐ/TW"), ("262-QĐ/TW", "amends", "22-QĐ/TW")}),
        ("UBND tỉnh ban hành Kế hoạch số 30/KH-UBND triển khai Nghị định số 59/2015/NĐ-CP, được sửa đổi, bổ sung bởi "
         "Nghị định số 100/2018/NĐ-CP.",
         {("30/KH-UBND", "implements", "59/2015/NĐ-CP"), ("100/2018/NĐ-CP", "amends", "59/2015/NĐ-CP")}),
        # regression: "B hết hiệu lực kể từ ngày A có hiệu lực" and "Kể từ ngày A có hiệu lực, B … hết hiệu lực": A
        # replaces B and the documents listed with it, B's description between (vn-conventions §5); none was related
        ("Nghị định số 209/2013/NĐ-CP ngày 18/12/2013, Nghị định số 12/2015/NĐ-CP ngày 12/2/2015 và Nghị định số "
         "100/2016/NĐ-CP ngày 1/7/2016 của Chính phủ hết hiệu lực kể từ ngày Nghị định 181/2025/NĐ-CP có hiệu lực thi hành.",
         {("181/2025/NĐ-CP", "replaces", "209/2013/NĐ-CP"), ("181/2025/NĐ-CP", "replaces", "12/2015/NĐ-CP"),
          ("181/2025/NĐ-CP", "replaces", "100/2016/NĐ-CP")}),
        ("Cùng với đó, Thông tư liên tịch số 37/2015/TTLT-BYT-BNV ngày 27/5/2015 của Bộ Y tế và Bộ Nội vụ quy định mã số, "
         "tiêu chuẩn chức danh nghề nghiệp bác sĩ hết hiệu lực kể từ ngày Thông tư 06/2024/TT-BYT ngày 16/5/2024 của Bộ "
         "trưởng Bộ Y tế có hiệu lực.",
         {("06/2024/TT-BYT", "replaces", "37/2015/TTLT-BYT-BNV")}),
        ("Chính phủ ban hành Nghị định số 88/2024/NĐ-CP ngày 15/7/2024 quy định về bồi thường, hỗ trợ, tái định cư. Kể từ "
         "ngày Nghị định này có hiệu lực, Nghị định số 47/2014/NĐ-CP ngày 15/5/2014 và Nghị định số 01/2017/NĐ-CP của "
         "Chính phủ hết hiệu lực thi hành.",
         {("88/2024/NĐ-CP", "replaces", "47/2014/NĐ-CP"), ("88/2024/NĐ-CP", "replaces", "01/2017/NĐ-CP")}),
        # regression: the documents that end listed after a colon, one a line ("Kể từ ngày A có hiệu lực, các văn bản sau
        # hết hiệu lực thi hành:\n- B1;\n- B2." related none)
        ("Kể từ ngày Quy chế số 15-QC/TU có hiệu lực, các văn bản sau hết hiệu lực thi hành:\n- Quy chế số 08-QC/TU, ngày "
         "20/9/2016 của Ban Chấp hành Đảng bộ tỉnh về công tác kiểm tra, giám sát;\n- Quyết định số 1230-QĐ/TU, ngày "
         "5/4/2018 của Ban Thường vụ Tỉnh ủy về giám sát chuyên đề.\n",
         {("15-QC/TU", "replaces", "08-QC/TU"), ("15-QC/TU", "replaces", "1230-QĐ/TU")}),
        ("Kể từ ngày Quy chế số 15-QC/TU có hiệu lực, các văn bản sau hết hiệu lực thi hành: Quy chế số 08-QC/TU; Quyết "
         "định số 1230-QĐ/TU và Quyết định số 1231-QĐ/TU.",
         {("15-QC/TU", "replaces", "08-QC/TU"), ("15-QC/TU", "replaces", "1230-QĐ/TU"), ("15-QC/TU", "replaces", "1231-QĐ/TU")}),
        # regression: the lead "kể từ ngày A có hiệu lực" after the sentence's opening words and a comma ("Theo Điều 3, kể
        # từ ngày A có hiệu lực, B hết hiệu lực") related none; nor did a one-line list of described items after "; "
        ("Theo Điều 3, kể từ ngày Thông tư số 15/2023/TT-BGTVT có hiệu lực, Thông tư số 40/2019/TT-BGTVT ngày 15/10/2019 "
         "của Bộ Giao thông vận tải hết hiệu lực thi hành.",
         {("15/2023/TT-BGTVT", "replaces", "40/2019/TT-BGTVT")}),
        ("Bộ Y tế ban hành Thông tư số 22/2023/TT-BYT ngày 17/11/2023. Tại Điều 8 Thông tư, kể từ ngày Thông tư này có "
         "hiệu lực, các văn bản sau hết hiệu lực thi hành: Thông tư số 13/2019/TT-BYT ngày 05/7/2019 của Bộ trưởng Bộ Y tế "
         "sửa đổi, bổ sung một số điều của Thông tư số 39/2018/TT-BYT; Thông tư số 14/2020/TT-BYT ngày 10/7/2020.",
         {("22/2023/TT-BYT", "replaces", "13/2019/TT-BYT"), ("22/2023/TT-BYT", "replaces", "14/2020/TT-BYT"),
          ("13/2019/TT-BYT", "amends", "39/2018/TT-BYT")}),
        # regression: a review's second period after "và" was read as the first document's act ("… về công tác dân tộc và
        # 22 năm thực hiện Chỉ thị …" gave the resolution carrying out the directive)
        ("Sáng 18-7, Tỉnh ủy Bến Tre tổ chức hội nghị tổng kết 10 năm thực hiện Nghị quyết số 24-NQ/TW, ngày 12-3-2003 "
         "của Ban Chấp hành Trung ương Đảng (khóa IX) về công tác dân tộc và 15 năm thực hiện Chỉ thị số 27-CT/TW, ngày "
         "12-1-1998 của Bộ Chính trị (khóa VIII) về nếp sống văn minh.", set()),
        ("Báo cáo số 45-BC/TU tổng kết 10 năm thực hiện Nghị quyết số 24-NQ/TW về công tác dân tộc và 20 năm thực hiện "
         "Chỉ thị số 68-CT/TW về công tác ở vùng đồng bào dân tộc Khmer.",
         {("45-BC/TU", "reviews", "24-NQ/TW"), ("45-BC/TU", "reviews", "68-CT/TW")}),
        # regression: how often, between "được sửa đổi" (without "bổ sung") and its agent, gave no amendment; nor where a
        # document is carried out, between "được cụ thể hóa" and its means
        ("Quyết định số 30/2021/QĐ-UBND đã được sửa đổi hai lần bởi Quyết định số 12/2023/QĐ-UBND.",
         {("12/2023/QĐ-UBND", "amends", "30/2021/QĐ-UBND")}),
        ("Chỉ thị số 35-CT/TW đã được cụ thể hóa ở cấp huyện bằng Kế hoạch số 41-KH/HU ngày 2/8/2019.",
         {("41-KH/HU", "implements", "35-CT/TW")}),
        # regression: a passive after B's ending ("B đã hết hiệu lực do bị thay thế bởi A") or said with "bị" and the
        # provisions it touched ("B bị sửa đổi khoản 2 Điều 4 bởi A") related none
        ("Nghị quyết số 12/2018/NQ-HĐND đã hết hiệu lực do bị thay thế bởi Nghị quyết số 09/2023/NQ-HĐND.",
         {("09/2023/NQ-HĐND", "replaces", "12/2018/NQ-HĐND")}),
        ("Quyết định số 33/2017/QĐ-UBND ngày 12/9/2017 của UBND tỉnh quy định về quản lý chợ hết hiệu lực thi hành do "
         "được thay thế bằng Quyết định số 18/2024/QĐ-UBND.",
         {("18/2024/QĐ-UBND", "replaces", "33/2017/QĐ-UBND")}),
        ("Thông tư số 08/2019/TT-BTC bị sửa đổi khoản 2 Điều 4 bởi Thông tư số 51/2022/TT-BTC.",
         {("51/2022/TT-BTC", "amends", "08/2019/TT-BTC")}),
        # … and what took its place ends with its clause: the list of ended documents goes on after "; "
        ("Danh mục gồm: Quyết định số 20/2015/QĐ-UBND ngày 12/6/2015 của UBND tỉnh ban hành Quy định về quản lý cảng cá, "
         "hết hiệu lực do được thay thế bởi Quyết định số 11/2024/QĐ-UBND ngày 3/4/2024 của UBND tỉnh; Chỉ thị số "
         "05/2016/CT-UBND ngày 8/3/2016 của UBND tỉnh về phòng, chống thiên tai.",
         {("11/2024/QĐ-UBND", "replaces", "20/2015/QĐ-UBND")}),
        # the law of an older decree's time its description names is read, but no word tells which it is: no relation
        ("Luật Thanh tra số 11/2022/QH15 thay thế Luật Thanh tra số 56/2010/QH12. Nghị định số 86/2011/NĐ-CP ngày "
         "22/9/2011 quy định chi tiết và hướng dẫn thi hành một số điều của Luật Thanh tra cũng hết hiệu lực.",
         {("11/2022/QH15", "replaces", "56/2010/QH12")}),
        # regression: A's own act after its title and "; " ("A về …; thay thế B") related none (a legal title has parts
        # after "; ", but none of them replaces or amends a document)
        ("Bộ Y tế ban hành Quyết định số 2045/QĐ-BYT ngày 5/8/2024 về quy trình kiểm tra bệnh viện; thay thế Quyết định "
         "số 1120/QĐ-BYT ngày 2/4/2019 của Bộ trưởng Bộ Y tế.",
         {("2045/QĐ-BYT", "replaces", "1120/QĐ-BYT")}),
        ("HĐND tỉnh thông qua Nghị quyết số 14/2024/NQ-HĐND về mức chi hỗ trợ dân quân; đồng thời sửa đổi, bổ sung một "
         "số điều của Nghị quyết số 08/2021/NQ-HĐND ngày 9/7/2021 của HĐND tỉnh.",
         {("14/2024/NQ-HĐND", "amends", "08/2021/NQ-HĐND")}),
        # regression: a citation naming no document (the headline's bare "Thông tư liên tịch") before a scheme named
        # with its decision: the scheme's `alias_of`, an index of all the citations, was read as one of those naming
        # documents, past the last (IndexError: the article was lost)
        ("Thông tư liên tịch về liên thông thủ tục hết hiệu lực từ ngày 01/7/2025\nBên cạnh đó, thực hiện Đề án 06 của "
         "Chính phủ ban hành kèm theo Quyết định số 06/QĐ-TTg ngày 06/01/2022 của Thủ tướng Chính phủ, Bộ Công an đang "
         "tiếp tục rà soát các thông tư liên tịch khác.", set()),
        # regression: a preamble printed after a lead that issues A and introduces its text with a colon, no number line
        # ("… ban hành Quyết định số 14/2025/QĐ-UBND …. Toàn văn như sau:\n\nCăn cứ B;\n\nQUYẾT ĐỊNH:") related none
        ("UBND tỉnh ban hành Quyết định số 14/2025/QĐ-UBND ngày 3/3/2025 quy định giá dịch vụ thoát nước. Toàn văn như "
         "sau:\n\nỦY BAN NHÂN DÂN TỈNH\n\nCăn cứ Luật Giá ngày 19 tháng 6 năm 2023;\nCăn cứ Nghị định số 85/2024/NĐ-CP "
         "ngày 10 tháng 7 năm 2024 của Chính phủ;\nTheo đề nghị của Giám đốc Sở Xây dựng tại Tờ trình số 210/TTr-SXD.\n\n"
         "QUYẾT ĐỊNH:\n\nĐiều 1. Quy định giá dịch vụ thoát nước trên địa bàn tỉnh.\n",
         {("14/2025/QĐ-UBND", "based_on", "Luật#"), ("14/2025/QĐ-UBND", "based_on", "85/2024/NĐ-CP"),
          ("14/2025/QĐ-UBND", "based_on", "210/TTr-SXD")}),
        # regression: a change a letter asks to be advised on or proposed ("… giao Sở Tài chính tham mưu sửa đổi B") was
        # made by the letter
        ("UBND tỉnh có Công văn số 4521/UBND-KT ngày 2/10/2024 giao Sở Tài chính chủ trì tham mưu sửa đổi Quyết định số "
         "12/2022/QĐ-UBND ngày 5/4/2022 của UBND tỉnh.", set()),
        ("Sở Tư pháp có Công văn số 311/STP-VB đề nghị sửa đổi, bổ sung Quyết định số 20/2021/QĐ-UBND.", set()),
        # regression: an item of a list after an amendment that does something of its own ("bãi bỏ") is a second source,
        # not a second amended document ("…; Nghị quyết số 06/2025/NQ-HĐND bãi bỏ …" was amended by 05/2025)
        ("HĐND tỉnh cũng thông qua Nghị quyết số 05/2025/NQ-HĐND sửa đổi, bổ sung Điều 3 Nghị quyết số 11/2022/NQ-HĐND "
         "ngày 15/7/2022 của HĐND tỉnh về chính sách hỗ trợ người lao động; Nghị quyết số 06/2025/NQ-HĐND bãi bỏ Nghị "
         "quyết số 20/2019/NQ-HĐND ngày 12/12/2019 của HĐND tỉnh.",
         {("05/2025/NQ-HĐND", "amends", "11/2022/NQ-HĐND")}),
        # regression: a lead's item after "và" that follows the law a decree's description names, of less legal force
        # than the decree, is the lead's next item, not a second object the decree details (a decree details no
        # circular and no Prime Minister's decision: the plan carried out the decree alone)
        ("Để thực hiện Nghị định số 20/2021/NĐ-CP ngày 15/3/2021 của Chính phủ quy định chi tiết một số điều của Luật "
         "Người cao tuổi và Thông tư số 02/2021/TT-BLĐTBXH ngày 24/6/2021 của Bộ Lao động - Thương binh và Xã hội, UBND "
         "tỉnh ban hành Kế hoạch số 120/KH-UBND.",
         {("120/KH-UBND", "implements", "20/2021/NĐ-CP"), ("120/KH-UBND", "implements", "02/2021/TT-BLĐTBXH"),
          ("20/2021/NĐ-CP", "implements", "Luật#")}),
        ("Để thực hiện Nghị định số 20/2021/NĐ-CP ngày 15/3/2021 của Chính phủ quy định chi tiết một số điều của Luật "
         "Người cao tuổi và Quyết định số 2156/QĐ-TTg ngày 13/12/2021 của Thủ tướng Chính phủ, UBND tỉnh ban hành Kế "
         "hoạch số 120/KH-UBND.",
         {("120/KH-UBND", "implements", "20/2021/NĐ-CP"), ("120/KH-UBND", "implements", "2156/QĐ-TTg"),
          ("20/2021/NĐ-CP", "implements", "Luật#")}),
        # … but an item that repealed a part of a document its list named before it describes itself: one more item
        # ("thay thế B và B2 bãi bỏ Điều 8 của B" replaced B alone)
        ("Quyết định số 15/2025/QĐ-UBND ngày 2/3/2025 của UBND tỉnh có hiệu lực từ ngày 15/3/2025, thay thế Quyết định "
         "số 20/2016/QĐ-UBND ngày 5/5/2016 ban hành Quy định về quản lý cụm công nghiệp và Quyết định số "
         "31/2018/QĐ-UBND ngày 9/8/2018 của UBND tỉnh bãi bỏ Điều 12 của Quy định về quản lý cụm công nghiệp.",
         {("15/2025/QĐ-UBND", "replaces", "20/2016/QĐ-UBND"), ("15/2025/QĐ-UBND", "replaces", "31/2018/QĐ-UBND")}),
        ("Nghị định số 52/2025/NĐ-CP thay thế Nghị định số 14/2019/NĐ-CP ngày 1/2/2019 và Nghị định số 61/2021/NĐ-CP "
         "ngày 20/6/2021 bãi bỏ khoản 3 Điều 5 Nghị định số 14/2019/NĐ-CP.",
         {("52/2025/NĐ-CP", "replaces", "14/2019/NĐ-CP"), ("52/2025/NĐ-CP", "replaces", "61/2021/NĐ-CP")}),
        # regression: "thay cho" (instead of) after a circular's description gave no relation
        ("Bộ Lao động - Thương binh và Xã hội đã ban hành Thông tư 06/2024/TT-BLĐTBXH quy định mức điều chỉnh tiền lương "
         "và thu nhập tháng đã đóng bảo hiểm xã hội, thay cho Thông tư 01/2023/TT-BLĐTBXH.",
         {("06/2024/TT-BLĐTBXH", "replaces", "01/2023/TT-BLĐTBXH")}),
        # regression: "đã được sửa đổi, bổ sung một số điều theo" A gave no amendment (only "bởi" and "tại" were passive)
        ("Luật Bảo hiểm y tế năm 2008 đã được sửa đổi, bổ sung một số điều theo Luật số 46/2014/QH13.",
         {("46/2014/QH13", "amends", "Luật#")}),
        # regression: an amending law's number after the one law it names, which the text dates otherwise, or in brackets
        # after the numbered laws it names, was the first law's (the amending law amended it, numberless)
        ("Nghị định căn cứ Luật Thi hành án dân sự ngày 14 tháng 11 năm 2008; Luật sửa đổi, bổ sung một số điều của "
         "Luật Thi hành án dân sự số 64/2014/QH13 ngày 25 tháng 11 năm 2014.",
         {("64/2014/QH13", "amends", "Luật#")}),
        ("Ngày 29/11/2024, Quốc hội thông qua Luật sửa đổi, bổ sung một số điều của Luật Chứng khoán số 54/2019/QH14 và "
         "Luật Kế toán số 88/2015/QH13 (Luật số 56/2024/QH15).",
         {("56/2024/QH15", "amends", "54/2019/QH14"), ("56/2024/QH15", "amends", "88/2015/QH13")}),
        # regression: a decree "quy định chi tiết và hướng dẫn biện pháp thi hành" a law gave no relation
        ("Chính phủ ban hành Nghị định số 146/2018/NĐ-CP ngày 17/10/2018 quy định chi tiết và hướng dẫn biện pháp thi "
         "hành một số điều của Luật Bảo hiểm y tế.",
         {("146/2018/NĐ-CP", "implements", "Luật#")}),
        # regression: an unnumbered document listed after an issued numbered one was no document, and carried nothing out
        ("Triển khai Kết luận số 44-KL/TW ngày 22/01/2019 của Ban Bí thư, Ban Thường vụ Tỉnh ủy đã ban hành Kế hoạch số "
         "82-KH/TU ngày 15/4/2019 và Chỉ thị về tăng cường lãnh đạo công tác bảo đảm an ninh, trật tự ở cơ sở.",
         {("82-KH/TU", "implements", "44-KL/TW"), ("Chỉ thị#", "implements", "44-KL/TW")}),
        # regression: a report's bare back-reference before "cho biết" was no citation ("Báo cáo … tổng kết 5 năm thực
        # hiện Chỉ thị cho biết, …" reviewed nothing)
        ("Quận ủy tổ chức hội nghị tổng kết 5 năm thực hiện Chỉ thị số 36-CT/TW ngày 16/8/2019 của Bộ Chính trị. Báo cáo "
         "số 412-BC/TU ngày 5/9/2024 của Ban Thường vụ Tỉnh ủy tổng kết 5 năm thực hiện Chỉ thị cho biết, toàn tỉnh đã "
         "làm tốt.", {("412-BC/TU", "reviews", "36-CT/TW")}),
        # regression: a basis after a comma that ends a title is the titled document's, not that of the document its
        # title names ("05-CT/TW" was based on the guide)
        ("Hội nghị được tổ chức theo Kế hoạch số 112-KH/TU ngày 15/1/2021 của Ban Thường vụ Tỉnh ủy về tổng kết 5 năm "
         "thực hiện Chỉ thị 05-CT/TW, trên cơ sở Hướng dẫn số 156-HD/BTGTW ngày 20/11/2020 của Ban Tuyên giáo Trung ương.",
         {("112-KH/TU", "reviews", "05-CT/TW"), ("112-KH/TU", "based_on", "156-HD/BTGTW")}),
        # regression: "đã" (and "trước đó đã") between a document and its phrase ("Nghị định số 15/2018/NĐ-CP trước đó
        # đã thay thế Nghị định số 38/2012/NĐ-CP" gave no relation: only "cũng", "đồng thời", "còn" could stand there)
        ("Theo Bộ Y tế, Nghị định số 15/2018/NĐ-CP trước đó đã thay thế Nghị định số 38/2012/NĐ-CP ngày 25/4/2012.",
         {("15/2018/NĐ-CP", "replaces", "38/2012/NĐ-CP")}),
        ("Nghị định số 24/2023/NĐ-CP đã thay thế Nghị định số 38/2019/NĐ-CP.",
         {("24/2023/NĐ-CP", "replaces", "38/2019/NĐ-CP")}),
        # regression: "trước đây", "vốn" before a passive issuing verb, "tập trung" before the phrase hid it
        ("Nghị quyết 10/2021/NQ-HĐND trước đây được ban hành để thực hiện Nghị quyết số 01-NQ/TU ngày 25/3/2021 của Ban "
         "Chấp hành Đảng bộ tỉnh.", {("10/2021/NQ-HĐND", "implements", "01-NQ/TU")}),
        ("Nghị quyết số 02-NQ/HU ngày 10/1/2022 của Huyện ủy vốn được xây dựng nhằm cụ thể hóa Nghị quyết số 09-NQ/TU "
         "của Tỉnh ủy.", {("02-NQ/HU", "implements", "09-NQ/TU")}),
        ("Huyện ủy Quỳnh Lưu ban hành Kế hoạch số 120-KH/HU ngày 25/10/2023, tập trung triển khai thực hiện Chương trình "
         "hành động số 40-CTr/TU của Tỉnh ủy.", {("120-KH/HU", "implements", "40-CTr/TU")}),
        # regression: "Nghị quyết Đại hội" alone was no citation of the congress named before
        ("Đảng ủy xã sơ kết giữa nhiệm kỳ thực hiện Nghị quyết Đại hội Đảng bộ xã lần thứ XVIII, nhiệm kỳ 2020 - 2025. "
         "Đảng ủy xã đã ban hành Kế hoạch số 25-KH/ĐU ngày 2/4/2021 thực hiện Nghị quyết Đại hội.",
         {("25-KH/ĐU", "implements", "Nghị quyết#")}),
        # regression: several provisions joined by "và" or a comma between the phrase and B ("quy định chi tiết khoản 2
        # Điều 23 và khoản 2 Điều 34 Luật …" gave no relation: only numbers could be joined, "Điều 4, 7 và 9")
        ("HĐND tỉnh thông qua Nghị quyết số 35/2024/NQ-HĐND ngày 10/12/2024 quy định chi tiết khoản 2 Điều 23 và khoản 2 "
         "Điều 34 Luật Lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở năm 2023.",
         {("35/2024/NQ-HĐND", "implements", "Luật#")}),
        ("Bộ Tài chính ban hành Thông tư số 40/2025/TT-BTC sửa đổi khoản 2, khoản 3 Điều 5 của Thông tư số 12/2021/TT-BTC.",
         {("40/2025/TT-BTC", "amends", "12/2021/TT-BTC")}),
        # regression: the amending documents after a passive ran on over "; " into what else the sentence lists (the
        # education laws amended the resolution)
        ("Quốc hội thông qua Nghị quyết số 88/2014/QH13 ngày 28/11/2014 về đổi mới chương trình, sách giáo khoa, được "
         "sửa đổi, bổ sung bởi Nghị quyết số 51/2017/QH14; Luật Giáo dục năm 2019 và Luật Giáo dục đại học năm 2018.",
         {("51/2017/QH14", "amends", "88/2014/QH13")}),
        # regression: ", đồng thời" before a second phrase gives the citing document a second act ("Nghị quyết … quy định
        # chi tiết Luật …, đồng thời căn cứ Nghị định số 40/2024/NĐ-CP" made the law based on the decree)
        ("HĐND tỉnh thông qua Nghị quyết số 35/2024/NQ-HĐND quy định chi tiết Luật Lực lượng tham gia bảo vệ an ninh, trật "
         "tự ở cơ sở năm 2023, đồng thời căn cứ Nghị định số 40/2024/NĐ-CP ngày 16/4/2024 của Chính phủ.",
         {("35/2024/NQ-HĐND", "implements", "Luật#"), ("35/2024/NQ-HĐND", "based_on", "40/2024/NĐ-CP")}),
        ("UBND tỉnh ban hành Kế hoạch số 45/KH-UBND thực hiện Chỉ thị số 19/CT-TTg, đồng thời triển khai Kết luận số "
         "02-KL/TW.", {("45/KH-UBND", "implements", "19/CT-TTg"), ("45/KH-UBND", "implements", "02-KL/TW")}),
        # regression: … after B's title too ("… thực hiện Nghị quyết số 05-NQ/TU … về chuyển đổi số …, đồng thời thực
        # hiện Kế hoạch số 237-KH/TU": the title ran on over the second act, or B carried it out)
        ("Ban Thường vụ Huyện ủy Thạch Hà ban hành Kế hoạch số 62-KH/HU thực hiện Nghị quyết số 05-NQ/TU ngày 15/7/2021 "
         "của Ban Chấp hành Đảng bộ tỉnh về chuyển đổi số tỉnh Hà Tĩnh đến năm 2025, định hướng đến năm 2030, đồng thời "
         "thực hiện Kế hoạch số 237-KH/TU ngày 2/11/2021 của Ban Thường vụ Tỉnh ủy.",
         {("62-KH/HU", "implements", "05-NQ/TU"), ("62-KH/HU", "implements", "237-KH/TU")}),
        ("Ban Thường vụ Huyện ủy ban hành Kế hoạch số 62-KH/HU thực hiện Nghị quyết số 05-NQ/TU ngày 15/7/2021 của Ban "
         "Chấp hành Đảng bộ tỉnh về chuyển đổi số, đồng thời thực hiện Kế hoạch số 237-KH/TU của Ban Thường vụ Tỉnh ủy.",
         {("62-KH/HU", "implements", "05-NQ/TU"), ("62-KH/HU", "implements", "237-KH/TU")}),
        # regression: … joined by ", cùng" after B's title ("… Kế hoạch số 45-KH/TW … về tổ chức các hoạt động kỷ niệm
        # …, cùng Hướng dẫn số 152-HD/BTGDVTW": the title ran on over the guide, which the plan lost)
        ("Ban Thường vụ Tỉnh ủy Hải Dương ban hành Kế hoạch số 320-KH/TU để thực hiện Kế hoạch số 45-KH/TW ngày "
         "26/3/2025 của Ban Bí thư về tổ chức các hoạt động kỷ niệm các ngày lễ lớn năm 2025, cùng Hướng dẫn số "
         "152-HD/BTGDVTW của Ban Tuyên giáo và Dân vận Trung ương.",
         {("320-KH/TU", "implements", "45-KH/TW"), ("320-KH/TU", "implements", "152-HD/BTGDVTW")}),
        # regression: … tied to the first by "gắn với" ("Chương trình hành động số 12-CTr/TU … thực hiện Nghị quyết Đại
        # hội đại biểu toàn quốc lần thứ XIII của Đảng, gắn với thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần
        # thứ XX" carried out the first only); not when what is carried out is the subject ("Chỉ thị … được quán triệt,
        # gắn với thực hiện …": the cadres' act)
        ("Ban Chấp hành Đảng bộ tỉnh ban hành Chương trình hành động số 12-CTr/TU ngày 28/5/2021 thực hiện Chỉ thị số "
         "05-CT/TW của Bộ Chính trị, gắn với thực hiện Kết luận số 21-KL/TW của Ban Chấp hành Trung ương.",
         {("12-CTr/TU", "implements", "05-CT/TW"), ("12-CTr/TU", "implements", "21-KL/TW")}),
        ("Chỉ thị số 05-CT/TW của Bộ Chính trị được quán triệt sâu rộng, gắn với thực hiện Kết luận số 21-KL/TW.", set()),
        ("Đồng chí Bí thư đề nghị các cấp ủy tiếp tục quán triệt sâu sắc Chỉ thị số 33-CT/TW, gắn với thực hiện Quy "
         "định số 68-QĐ/TW ngày 12/7/2022 của Ban Bí thư.", set()),
        # regression: … nor when the first act names A ("gắn việc thực hiện A với việc thực hiện B": A carried out B)
        ("Phát biểu kết luận, đồng chí Bí thư Thị ủy đề nghị các chi bộ gắn việc thực hiện Chỉ thị số 42-CT/TW với việc "
         "thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị.", set()),
        ("Các cấp ủy cần gắn việc triển khai Nghị quyết số 57-NQ/TW với việc thực hiện Kết luận số 123-KL/TW ngày "
         "24/01/2025 của Ban Chấp hành Trung ương.", set()),
        # regression: a basis after a comma is the clause subject's, not that of what it acts on ("UBND phường ban hành
        # Quyết định số 45/QĐ-UBND … thay thế Quyết định số 12/QĐ-UBND … về quy chế làm việc, căn cứ Nghị định số
        # 150/2025/NĐ-CP" and "Chương trình hành động số 02-CTr/ĐU thực hiện Nghị quyết Đại hội …, nhiệm kỳ 2025 -
        # 2030, trên cơ sở Chương trình hành động số 01-CTr/TU" made the replaced decision and the congress's
        # resolution based on them)
        # … also after a passive issuing verb ("Nghị quyết này thay thế Nghị quyết số 25/2019/NQ-HĐND …, được xây dựng
        # căn cứ Thông tư số 56/2023/TT-BTC" gave the older resolution the basis, dropped as later than it)
        ("HĐND tỉnh thông qua Nghị quyết số 11/2024/NQ-HĐND về mức chi hòa giải ở cơ sở. Nghị quyết này thay thế Nghị "
         "quyết số 20/2019/NQ-HĐND ngày 10/12/2019 của HĐND tỉnh, được xây dựng căn cứ Thông tư số 56/2023/TT-BTC.",
         {("11/2024/NQ-HĐND", "replaces", "20/2019/NQ-HĐND"), ("11/2024/NQ-HĐND", "based_on", "56/2023/TT-BTC")}),
        ("UBND phường Hạc Thành cũng ban hành Quyết định số 45/QĐ-UBND ngày 28/8/2025 thay thế Quyết định số "
         "12/QĐ-UBND ngày 2/7/2025 của UBND phường về quy chế làm việc, căn cứ Nghị định số 150/2025/NĐ-CP ngày "
         "12/6/2025 của Chính phủ.",
         {("45/QĐ-UBND", "replaces", "12/QĐ-UBND"), ("45/QĐ-UBND", "based_on", "150/2025/NĐ-CP")}),
        ("Ban Thường vụ Đảng ủy phường Hạc Thành ban hành Chương trình hành động số 02-CTr/ĐU thực hiện Nghị quyết Đại "
         "hội đại biểu Đảng bộ phường lần thứ I, nhiệm kỳ 2025 - 2030, trên cơ sở Chương trình hành động số "
         "01-CTr/TU ngày 5/8/2025 của Tỉnh ủy Thanh Hóa.",
         {("02-CTr/ĐU", "implements", "Nghị quyết#"), ("02-CTr/ĐU", "based_on", "01-CTr/TU")}),
        # regression: a phrase with no object after a list of issued documents was the last item's, and it carried out
        # the item before it ("Công văn số 2386-CV/TU" implemented "Kế hoạch số 59-KH/TU")
        ("Tỉnh ủy tổng kết 10 năm thực hiện Chỉ thị số 40-CT/TW ngày 22/11/2014 của Ban Bí thư về tín dụng chính sách xã "
         "hội. Báo cáo cho biết, Ban Thường vụ Tỉnh ủy đã ban hành Kế hoạch số 58-KH/TU ngày 20/2/2015, Kế hoạch số "
         "59-KH/TU ngày 20/2/2016 và Công văn số 2386-CV/TU để triển khai.",
         {("58-KH/TU", "implements", "40-CT/TW"), ("59-KH/TU", "implements", "40-CT/TW"),
          ("2386-CV/TU", "implements", "40-CT/TW")}),
        # regression: an item after "và" that ends the objects of a description's phrase is no second amended document
        # ("… sửa đổi, bổ sung Thông tư số 80/2021/TT-BTC … hướng dẫn thi hành một số điều của Luật Quản lý thuế và
        # Nghị định số 126/2020/NĐ-CP …" made 13/2023 amend the decree)
        ("Bộ Tài chính ban hành Thông tư số 13/2023/TT-BTC ngày 28/2/2023 sửa đổi, bổ sung Thông tư số 80/2021/TT-BTC "
         "ngày 29/9/2021 của Bộ trưởng Bộ Tài chính hướng dẫn thi hành một số điều của Luật Quản lý thuế và Nghị định số "
         "126/2020/NĐ-CP ngày 19/10/2020 của Chính phủ.",
         {("13/2023/TT-BTC", "amends", "80/2021/TT-BTC"), ("80/2021/TT-BTC", "implements", "Luật#"),
          ("80/2021/TT-BTC", "implements", "126/2020/NĐ-CP")}),
        # regression: an item after "và" that ends a title's document named by no carrying-out verb is that document's
        # fellow, not one more object of A's ("… Hướng dẫn số 1450/SYT-NVY về …, phù hợp với Nghị quyết số 72-NQ/TW … và
        # Thông tư số 30/2025/TT-BYT" made the plan carry the circular out)
        ("UBND huyện ban hành Kế hoạch số 12/KH-UBND nhằm cụ thể hóa Hướng dẫn số 1450/SYT-NVY của Sở Y tế về khám sức "
         "khỏe định kỳ, phù hợp với Nghị quyết số 72-NQ/TW của Bộ Chính trị và Thông tư số 30/2025/TT-BYT của Bộ Y tế.",
         {("12/KH-UBND", "implements", "1450/SYT-NVY")}),
        # regression: the list went no further than a programme carried by a resolution ("… thực hiện Chương trình hành
        # động của Chính phủ ban hành kèm theo Nghị quyết số 89/NQ-CP … và Kế hoạch số 51-KH/TU …" lost the plan)
        ("Sở Y tế ban hành Kế hoạch số 640/KH-SYT ngày 2/6/2018 thực hiện Chương trình hành động của Chính phủ ban hành "
         "kèm theo Nghị quyết số 89/NQ-CP ngày 10/1/2018 và Kế hoạch số 51-KH/TU ngày 2/3/2018 của Tỉnh ủy.",
         {("640/KH-SYT", "implements", "89/NQ-CP"), ("640/KH-SYT", "implements", "51-KH/TU")}),
        # … but after a title that carries its document out, a body lower than the described one's is A's next object
        ("UBND huyện ban hành Kế hoạch số 12/KH-UBND thực hiện Kết luận số 51-KL/TW về tiếp tục thực hiện Nghị quyết số "
         "29-NQ/TW và Kế hoạch số 45-KH/TU của Tỉnh ủy.",
         {("12/KH-UBND", "implements", "51-KL/TW"), ("12/KH-UBND", "implements", "45-KH/TU"),
          ("51-KL/TW", "continues", "29-NQ/TW")}),
        # regression: a decree listed after what another decree's description details is the outer list's next item, not a
        # second object: a decree details no decree, a law no law ("căn cứ Luật …, Nghị định số 103/2024/NĐ-CP … quy
        # định chi tiết … Luật Đất đai, Nghị định số 99/2024/NĐ-CP …" made 103 carry out 99 and lost the basis)
        ("HĐND tỉnh thông qua Nghị quyết số 14/2024/NQ-HĐND căn cứ Luật Đất đai số 31/2024/QH15, Nghị định số "
         "103/2024/NĐ-CP ngày 30/7/2024 của Chính phủ quy định chi tiết một số điều của Luật Đất đai, Nghị định số "
         "99/2024/NĐ-CP ngày 25/7/2024 của Chính phủ quy định về quỹ phát triển đất.",
         {("14/2024/NQ-HĐND", "based_on", "31/2024/QH15"), ("14/2024/NQ-HĐND", "based_on", "103/2024/NĐ-CP"),
          ("14/2024/NQ-HĐND", "based_on", "99/2024/NĐ-CP"), ("103/2024/NĐ-CP", "implements", "31/2024/QH15")}),
        ("Việc giao rừng thực hiện theo Nghị định số 156/2018/NĐ-CP ngày 16/11/2018 của Chính phủ quy định chi tiết thi "
         "hành một số điều của Luật Lâm nghiệp, Nghị định số 75/2015/NĐ-CP ngày 9/9/2015 của Chính phủ.",
         {("156/2018/NĐ-CP", "implements", "Luật#")}),
        # regression: "sau đó" between a description's comma and a passive hid the passive ("Quyết định số 25/2015/QĐ-UBND
        # quy định …, sau đó được thay thế bằng …" replaced nothing)
        ("Tỉnh đã ban hành Quyết định số 25/2015/QĐ-UBND quy định mức chi cho công tác hòa giải ở cơ sở, sau đó được thay "
         "thế bằng Quyết định số 17/2021/QĐ-UBND ngày 20/4/2021.", {("17/2021/QĐ-UBND", "replaces", "25/2015/QĐ-UBND")}),
        # regression: a lead's relation reached no item of an enumeration after the verb's colon
        ("Thực hiện Nghị quyết số 57-NQ/TW, Ban Thường vụ Tỉnh ủy đã ban hành: (1) Chương trình hành động số 35-CTr/TU "
         "ngày 10/1/2025; (2) Chỉ thị số 22-CT/TU ngày 5/3/2025 về đẩy mạnh chuyển đổi số.",
         {("35-CTr/TU", "implements", "57-NQ/TW"), ("22-CT/TU", "implements", "57-NQ/TW")}),
        # regression: a document that repeals or carries out B "và thay thế C" (or ", đồng thời sửa đổi C") replaces or
        # amends C itself ("Thông tư số 10/2024/TT-BXD … bãi bỏ một phần Thông tư số 06/2021/TT-BXD … và thay thế Thông tư
        # số 03/2018/TT-BXD" gave nothing; "Nghị định số 80/2023/NĐ-CP bãi bỏ Điều 3 Nghị định số 95/2021/NĐ-CP, đồng
        # thời sửa đổi Nghị định số 83/2014/NĐ-CP" made 95/2021 amend 83/2014)
        ("Bộ Xây dựng ban hành Thông tư số 10/2024/TT-BXD ngày 1/11/2024 bãi bỏ một phần Thông tư số 06/2021/TT-BXD ngày "
         "30/6/2021 và thay thế Thông tư số 03/2018/TT-BXD ngày 24/4/2018.", {("10/2024/TT-BXD", "replaces", "03/2018/TT-BXD")}),
        ("UBND tỉnh ban hành Quyết định số 15/2025/QĐ-UBND quy định chi tiết Nghị định số 88/2024/NĐ-CP và thay thế Quyết "
         "định số 12/2019/QĐ-UBND.",
         {("15/2025/QĐ-UBND", "implements", "88/2024/NĐ-CP"), ("15/2025/QĐ-UBND", "replaces", "12/2019/QĐ-UBND")}),
        ("Nghị định số 80/2023/NĐ-CP bãi bỏ Điều 3 Nghị định số 95/2021/NĐ-CP, đồng thời sửa đổi Nghị định số "
         "83/2014/NĐ-CP.", {("80/2023/NĐ-CP", "amends", "83/2014/NĐ-CP")}),
        # regression: what is gone by, "và theo chỉ đạo tại C" after a basis whose own act names B, is the clause
        # subject's, not the basis's second act ("Kế hoạch được xây dựng căn cứ Luật …; Luật sửa đổi, bổ sung … Luật Đê
        # điều năm 2020 và theo chỉ đạo tại Công điện số 1135/CĐ-TTg" made the amending law carry out the telegram)
        ("UBND tỉnh ban hành Kế hoạch số 7245/KH-UBND ngày 30/11/2023 về phòng, chống hạn hán. Kế hoạch được xây dựng căn "
         "cứ Luật Phòng, chống thiên tai năm 2013; Luật sửa đổi, bổ sung một số điều của Luật Phòng, chống thiên tai và "
         "Luật Đê điều năm 2020 và theo chỉ đạo tại Công điện số 1135/CĐ-TTg ngày 28/11/2023 của Thủ tướng Chính phủ.",
         {("7245/KH-UBND", "based_on", "Luật#"), ("Luật#", "amends", "Luật#"), ("7245/KH-UBND", "implements", "1135/CĐ-TTg")}),
        ("Kế hoạch số 7245/KH-UBND của UBND tỉnh được xây dựng căn cứ Nghị định số 66/2021/NĐ-CP quy định chi tiết thi "
         "hành Luật Phòng, chống thiên tai và theo chỉ đạo tại Công điện số 1135/CĐ-TTg ngày 28/11/2023 của Thủ tướng.",
         {("7245/KH-UBND", "based_on", "66/2021/NĐ-CP"), ("66/2021/NĐ-CP", "implements", "Luật#"),
          ("7245/KH-UBND", "implements", "1135/CĐ-TTg")}),
        # regression: "Để hướng dẫn B, X ban hành A" and "Để quy định chi tiết B, …" opened no lead ("hướng dẫn" and
        # "quy định chi tiết" were gap phrases only)
        ("Quốc hội thông qua Luật Tổ chức chính quyền địa phương số 72/2025/QH15. Để hướng dẫn Luật này, Chính phủ ban "
         "hành Nghị định số 150/2025/NĐ-CP ngày 12/6/2025.", {("150/2025/NĐ-CP", "implements", "72/2025/QH15")}),
        ("Để quy định chi tiết Luật số 72/2025/QH15, Chính phủ đã ban hành Nghị định số 150/2025/NĐ-CP ngày 12/6/2025.",
         {("150/2025/NĐ-CP", "implements", "72/2025/QH15")}),
        # regression: a list after the decision's title whose items name no body ("Quyết định số 1131/QĐ-BKHCN … phê
        # duyệt Kế hoạch thực hiện Nghị quyết 57-NQ/TW, Nghị quyết 03/NQ-CP và Nghị quyết 71/NQ-CP" implemented the
        # first only: the title ends at ", Nghị quyết", and what follows was taken for A's siblings)
        ("Bộ trưởng đã ký Quyết định số 1131/QĐ-BKHCN ngày 10/6/2025 phê duyệt Kế hoạch thực hiện Nghị quyết 57-NQ/TW, "
         "Nghị quyết 03/NQ-CP và Nghị quyết 71/NQ-CP.",
         {("1131/QĐ-BKHCN", "implements", "57-NQ/TW"), ("1131/QĐ-BKHCN", "implements", "03/NQ-CP"),
          ("1131/QĐ-BKHCN", "implements", "71/NQ-CP")}),
        ("Bộ đã ban hành Quyết định số 1131/QĐ-BKHCN về Kế hoạch thực hiện Nghị quyết số 57-NQ/TW, Nghị quyết số "
         "59-NQ/TW và Nghị quyết số 66-NQ/TW.",
         {("1131/QĐ-BKHCN", "implements", "57-NQ/TW"), ("1131/QĐ-BKHCN", "implements", "59-NQ/TW"),
          ("1131/QĐ-BKHCN", "implements", "66-NQ/TW")}),
        # regression: a Party document after B in a state decision's title, named by its symbol alone ("Quyết định số
        # 1620/QĐ-UBND … ban hành Kế hoạch triển khai thực hiện Nghị quyết số 09-NQ/TW và Chương trình hành động số
        # 26-CTr/TU" carried out the resolution alone: the programme was taken for the UBND's sibling)
        ("Trước đó, UBND tỉnh đã ban hành Quyết định số 1620/QĐ-UBND ngày 20-5-2022 ban hành Kế hoạch triển khai thực "
         "hiện Nghị quyết số 09-NQ/TW và Chương trình hành động số 26-CTr/TU.",
         {("1620/QĐ-UBND", "implements", "09-NQ/TW"), ("1620/QĐ-UBND", "implements", "26-CTr/TU")}),
        ("UBND tỉnh ban hành Kế hoạch số 160/KH-UBND ngày 20-5-2022 thực hiện Nghị quyết số 09-NQ/TW và Kế hoạch số "
         "35-KH/TU.", {("160/KH-UBND", "implements", "09-NQ/TW"), ("160/KH-UBND", "implements", "35-KH/TU")}),
        # regression: the purpose after a B's description is A's ("Nghị quyết được ban hành trên cơ sở Nghị quyết số
        # 43/2021/NQ-HĐND … quy định chính sách …, đồng thời để thực hiện Chương trình hành động số 12-CTr/TU …" carried
        # out nothing: the description ran past the gap's twelve words, and the purpose was read at B's end only)
        ("HĐND huyện Can Lộc đã thông qua Nghị quyết số 18/NQ-HĐND ngày 15/12/2022 về hỗ trợ phát triển làng nghề. Nghị "
         "quyết được ban hành trên cơ sở Nghị quyết số 43/2021/NQ-HĐND ngày 10/12/2021 của HĐND tỉnh quy định chính sách "
         "khuyến khích phát triển công nghiệp nông thôn và ngành nghề nông thôn, đồng thời để thực hiện Chương trình hành "
         "động số 12-CTr/HU ngày 26/7/2021 của Huyện ủy Can Lộc.",
         {("18/NQ-HĐND", "based_on", "43/2021/NQ-HĐND"), ("18/NQ-HĐND", "implements", "12-CTr/HU")}),
        ("HĐND huyện Can Lộc đã thông qua Nghị quyết số 18/NQ-HĐND ngày 15/12/2022 về hỗ trợ phát triển làng nghề. Nghị "
         "quyết được ban hành căn cứ Nghị quyết số 43/2021/NQ-HĐND ngày 10/12/2021 của HĐND tỉnh quy định chính sách "
         "khuyến khích phát triển công nghiệp, ngành nghề nông thôn, nhằm thực hiện Chương trình hành động số 12-CTr/HU "
         "ngày 26/7/2021 của Huyện ủy Can Lộc.",
         {("18/NQ-HĐND", "based_on", "43/2021/NQ-HĐND"), ("18/NQ-HĐND", "implements", "12-CTr/HU")}),
        # regression: a plural back-reference as the object of A's phrase ("Ngày 5/6/2025, UBND tỉnh ban hành Kế hoạch
        # số 120/KH-UBND triển khai 4 nghị quyết trên" implemented nothing: only a lead or a passive subject took one back)
        ("Bộ Chính trị đã ban hành các Nghị quyết số 57-NQ/TW, 59-NQ/TW, 66-NQ/TW và 68-NQ/TW. Để thực hiện các nghị "
         "quyết này, Ban Thường vụ Tỉnh ủy đã ban hành 4 chương trình hành động. Ngày 5/6/2025, UBND tỉnh ban hành Kế "
         "hoạch số 120/KH-UBND triển khai 4 nghị quyết trên.",
         {("120/KH-UBND", "implements", "57-NQ/TW"), ("120/KH-UBND", "implements", "59-NQ/TW"),
          ("120/KH-UBND", "implements", "66-NQ/TW"), ("120/KH-UBND", "implements", "68-NQ/TW")}),
        ("Bộ Chính trị ban hành Nghị quyết số 66-NQ/TW và Nghị quyết số 68-NQ/TW. Thành ủy ban hành Kế hoạch số "
         "300-KH/TU thực hiện hai nghị quyết này.",
         {("300-KH/TU", "implements", "66-NQ/TW"), ("300-KH/TU", "implements", "68-NQ/TW")}),
        ("Bộ Chính trị ban hành Nghị quyết 57-NQ/TW và Nghị quyết 68-NQ/TW. Thống đốc đã ký Quyết định số 1268/QĐ-NHNN "
         "ngày 20/5/2025 ban hành Kế hoạch hành động của ngành Ngân hàng thực hiện các nghị quyết trên.",
         {("1268/QĐ-NHNN", "implements", "57-NQ/TW"), ("1268/QĐ-NHNN", "implements", "68-NQ/TW")}),
        # regression: … with a capitalised noun, whose own "Luật này" ended the look ("Quyết định số 1435/QĐ-TTg …
        # ban hành Kế hoạch triển khai thi hành hai Luật này" implemented neither law)
        ("Quốc hội đã thông qua Luật Kinh doanh bất động sản số 29/2023/QH15 và Luật Nhà ở số 27/2023/QH15; Thủ tướng "
         "Chính phủ đã ban hành Quyết định số 1435/QĐ-TTg ngày 22/11/2023 ban hành Kế hoạch triển khai thi hành hai "
         "Luật này.",
         {("1435/QĐ-TTg", "implements", "29/2023/QH15"), ("1435/QĐ-TTg", "implements", "27/2023/QH15")}),
        # regression: a plural naming the plenum whose resolutions it counts ("Kế hoạch số 140-KH/TU … về sơ kết 5 năm
        # thực hiện các nghị quyết Trung ương 6 khóa XII" reviewed nothing: the plural was no citation)
        ("Ngày 16/1/2012, Ban Chấp hành Trung ương Đảng ban hành Nghị quyết số 12-NQ/TW và Nghị quyết số 13-NQ/TW ngày "
         "16/1/2012. Ban Thường vụ Tỉnh ủy Thái Bình ban hành Kế hoạch số 133-KH/TU ngày 2/6/2017 về sơ kết 5 năm thực "
         "hiện các nghị quyết Trung ương 4 khóa XI.",
         {("133-KH/TU", "reviews", "12-NQ/TW"), ("133-KH/TU", "reviews", "13-NQ/TW")}),
        ("Ban Chấp hành Trung ương Đảng ban hành Nghị quyết số 27-NQ/TW ngày 9/11/2022, Nghị quyết số 28-NQ/TW ngày "
         "17/11/2022 và Nghị quyết số 29-NQ/TW ngày 17/11/2022. Huyện ủy Kim Bảng ban hành Kế hoạch số 201-KH/HU ngày "
         "15/1/2023 thực hiện các nghị quyết Trung ương 6 khóa XIII.",
         {("201-KH/HU", "implements", "27-NQ/TW"), ("201-KH/HU", "implements", "28-NQ/TW"),
          ("201-KH/HU", "implements", "29-NQ/TW")}),
        # regression: a scheme named by its title and issued with a decision in the same sentence ("Đề án … ban hành kèm
        # theo QĐ số 2315/QĐ-UBND"), then said built on B, based the decision on nothing
        ("Năm 2024, Huyện ủy Yên Lạc lãnh đạo thực hiện Đề án chuyển đổi số huyện Yên Lạc giai đoạn 2022 - 2025 ban hành "
         "kèm theo QĐ số 2315/QĐ-UBND ngày 15/8/2022 của UBND huyện. Đề án được xây dựng trên cơ sở Nghị quyết số "
         "05-NQ/TU ngày 30/3/2022 của Ban Chấp hành Đảng bộ tỉnh.",
         {("2315/QĐ-UBND", "based_on", "05-NQ/TU")}),
        # regression: … counted with no demonstrative, the noun ending its clause ("Huyện ủy ban hành Kế hoạch số
        # 42-KH/HU triển khai hai chỉ thị." implemented nothing: only "trên", "này" took the documents back)
        ("Ngày 10/5/2019, Ban Bí thư ban hành Chỉ thị số 33-CT/TW về kê khai tài sản và Chỉ thị số 35-CT/TW về đại hội "
         "đảng bộ các cấp. Ban Thường vụ Huyện ủy Kim Sơn đã ban hành Kế hoạch số 42-KH/HU triển khai hai chỉ thị.",
         {("42-KH/HU", "implements", "33-CT/TW"), ("42-KH/HU", "implements", "35-CT/TW")}),
        ("Tỉnh ủy ban hành Nghị quyết số 05-NQ/TU về du lịch và Nghị quyết số 06-NQ/TU về nông nghiệp. Thực hiện Kế hoạch "
         "số 45/KH-UBND của UBND tỉnh triển khai 2 nghị quyết, các sở đã rà soát nhiệm vụ.",
         {("45/KH-UBND", "implements", "05-NQ/TU"), ("45/KH-UBND", "implements", "06-NQ/TU")}),
        # regression: a telegram that urges carrying B out implements B ("Công điện số 90/CĐ-TTg đôn đốc thực hiện các
        # nghị quyết trên" implemented nothing: "đôn đốc" was no verb that directs)
        ("Thủ tướng ký Công điện số 90/CĐ-TTg đôn đốc thực hiện Nghị quyết số 68-NQ/TW của Bộ Chính trị.",
         {("90/CĐ-TTg", "implements", "68-NQ/TW")}),
        # regression: a letter that assigns carrying B out implements B ("Công văn 7788/UBND-VX … giao Sở Y tế chủ trì
        # thực hiện nghị quyết của Quốc hội" implemented nothing: "giao" was no verb that directs)
        ("Nghị quyết số 173/2024/QH15 ngày 30/11/2024 của Quốc hội cấm thuốc lá điện tử. Trước đó, UBND TP HCM đã có "
         "Công văn 7788/UBND-VX ngày 20/12/2024 giao Sở Y tế chủ trì thực hiện nghị quyết của Quốc hội.",
         {("7788/UBND-VX", "implements", "173/2024/QH15")}),
        ("Bộ Y tế có Công văn số 1234/BYT-KHTC ngày 2/3/2024 giao các bệnh viện triển khai Thông tư 07/2024/TT-BYT.",
         {("1234/BYT-KHTC", "implements", "07/2024/TT-BYT")}),
        # … while a resolution that assigns a body to carry B out does not carry it out itself
        ("Nghị quyết số 05/2025/NQ-HĐND giao UBND tỉnh tổ chức thực hiện Nghị định 178/2024/NĐ-CP.", set()),
        ("Thủ tướng ban hành Chỉ thị số 15/CT-TTg về thực hiện Nghị quyết số 68-NQ/TW của Bộ Chính trị và Nghị quyết số "
         "198/2025/QH15 của Quốc hội. Ngày 12/6/2025, Thủ tướng ký Công điện số 90/CĐ-TTg đôn đốc thực hiện các nghị "
         "quyết trên.",
         {("15/CT-TTg", "implements", "68-NQ/TW"), ("15/CT-TTg", "implements", "198/2025/QH15"),
          ("90/CĐ-TTg", "implements", "68-NQ/TW"), ("90/CĐ-TTg", "implements", "198/2025/QH15")}),
        # regression: a plural back-reference before a preposition ("… ban hành Kế hoạch số 255-KH/TU ngày 15/6/2025 để
        # triển khai các nghị quyết này trong toàn Đảng bộ tỉnh" implemented nothing: only punctuation could follow it)
        ("Tỉnh ủy quán triệt Nghị quyết số 57-NQ/TW và Nghị quyết số 68-NQ/TW của Bộ Chính trị. Ban Thường vụ Tỉnh ủy "
         "đã ban hành Kế hoạch số 255-KH/TU ngày 15/6/2025 để triển khai các nghị quyết này trong toàn Đảng bộ tỉnh.",
         {("255-KH/TU", "implements", "57-NQ/TW"), ("255-KH/TU", "implements", "68-NQ/TW")}),
        ("Tỉnh ủy quán triệt Nghị quyết số 57-NQ/TW và Nghị quyết số 68-NQ/TW của Bộ Chính trị. Ban Thường vụ Tỉnh ủy "
         "đã ban hành Kế hoạch số 255-KH/TU để triển khai 2 nghị quyết trên trong toàn Đảng bộ tỉnh.",
         {("255-KH/TU", "implements", "57-NQ/TW"), ("255-KH/TU", "implements", "68-NQ/TW")}),
        # regression: … of an A cited with its issuer but issued by no verb of the sentence ("Hội nghị cũng triển khai Kế
        # hoạch số 15-KH/ĐU … của Ban Thường vụ Đảng ủy phường thực hiện 2 nghị quyết trên" implemented neither)
        ("Đảng ủy phường Bắc Giang quán triệt Nghị quyết số 71-NQ/TW và Nghị quyết số 72-NQ/TW của Bộ Chính trị. Hội "
         "nghị cũng triển khai Kế hoạch số 15-KH/ĐU ngày 26/9/2025 của Ban Thường vụ Đảng ủy phường thực hiện 2 nghị "
         "quyết trên.",
         {("15-KH/ĐU", "implements", "71-NQ/TW"), ("15-KH/ĐU", "implements", "72-NQ/TW")}),
        # … and of a numbered A of no issuer whose phrase follows it with no comma ("Đồng thời, Huyện ủy triển khai Kế hoạch
        # số 22-KH/HU thực hiện các văn bản nêu trên" implemented none)
        ("Huyện ủy Yên Lạc quán triệt Nghị quyết số 44-NQ/TW và Kết luận số 81-KL/TW của Bộ Chính trị. Đồng thời, Huyện "
         "ủy triển khai Kế hoạch số 22-KH/HU thực hiện các văn bản nêu trên.",
         {("22-KH/HU", "implements", "44-NQ/TW"), ("22-KH/HU", "implements", "81-KL/TW")}),
        # regression: a list cut by semicolons is taken back whole, not its last clause's two ("Hội nghị quán triệt Quy định
        # số 144-QĐ/TW …; Quy định số 148-QĐ/TW … và Kết luận số 80-KL/TW … về tiếp tục thực hiện Chỉ thị số 34-CT/TW …"
        # then "… thực hiện các văn bản nêu trên" left 144 out), nor a document named in a listed one's title
        ("Hội nghị quán triệt Quy định số 131-QĐ/TW ngày 27/10/2023 của Bộ Chính trị; Quy định số 132-QĐ/TW ngày "
         "27/10/2023 của Bộ Chính trị và Kết luận số 80-KL/TW ngày 18/6/2024 của Ban Bí thư về tiếp tục thực hiện Chỉ thị "
         "số 34-CT/TW. Hội nghị cũng triển khai Kế hoạch số 115-KH/TU ngày 25/6/2024 của Ban Thường vụ Tỉnh ủy thực hiện "
         "các văn bản nêu trên.",
         {("115-KH/TU", "implements", "131-QĐ/TW"), ("115-KH/TU", "implements", "132-QĐ/TW"),
          ("115-KH/TU", "implements", "80-KL/TW"), ("80-KL/TW", "continues", "34-CT/TW")}),
        # regression: a lead's second issuing clause that names B again by "này" ("Để hướng dẫn Nghị quyết 198, Chính phủ đã
        # ban hành Nghị định số 20/2026/NĐ-CP; Bộ Tài chính ban hành Thông tư số 40/2025/TT-BTC hướng dẫn … theo Nghị quyết
        # này" left the circular out: its clause cited something it did not issue)
        ("Quốc hội thông qua Nghị quyết số 198/2025/QH15. Để hướng dẫn Nghị quyết 198, Chính phủ đã ban hành Nghị định số "
         "20/2026/NĐ-CP; Bộ Tài chính ban hành Thông tư số 40/2025/TT-BTC hướng dẫn về miễn, giảm thuế theo Nghị quyết này.",
         {("20/2026/NĐ-CP", "implements", "198/2025/QH15"), ("40/2025/TT-BTC", "implements", "198/2025/QH15")}),
        # regression: an aside that replaces, after a description naming another document, is about the document of its
        # item's type the description belongs to ("Nghị định 175/2024/NĐ-CP … quy định chi tiết … Luật Xây dựng về quản lý
        # hoạt động xây dựng (thay thế Nghị định 15/2021/NĐ-CP)" gave no replacement)
        ("Nghị định 175/2024/NĐ-CP ngày 30/12/2024 của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật "
         "Xây dựng về quản lý hoạt động xây dựng (thay thế Nghị định 15/2021/NĐ-CP) có hiệu lực từ ngày ký.",
         {("175/2024/NĐ-CP", "implements", "Luật#"), ("175/2024/NĐ-CP", "replaces", "15/2021/NĐ-CP")}),
        # regression: a passive without "được" in an aside ("Nghị định 100/2019/NĐ-CP (sửa đổi bởi Nghị định 123/2021/NĐ-CP)",
        # "(sửa đổi, bổ sung tại …)") gave no amendment
        ("Nghị định 168/2024/NĐ-CP thay thế Nghị định 100/2019/NĐ-CP (sửa đổi bởi Nghị định 123/2021/NĐ-CP).",
         {("168/2024/NĐ-CP", "replaces", "100/2019/NĐ-CP"), ("123/2021/NĐ-CP", "amends", "100/2019/NĐ-CP")}),
        ("Mức phạt thực hiện theo Nghị định số 100/2019/NĐ-CP (sửa đổi, bổ sung tại Nghị định số 123/2021/NĐ-CP).",
         {("123/2021/NĐ-CP", "amends", "100/2019/NĐ-CP")}),
        # regression: the items of "các Nghị định: số B1 và số B2" ("Nghị định này thay thế các Nghị định: số 47/2014/NĐ-CP
        # và số 01/2017/NĐ-CP" gave nothing: the citations open at the symbols, after "số")
        ("Chính phủ ban hành Nghị định số 88/2024/NĐ-CP. Nghị định này thay thế các Nghị định: số 47/2014/NĐ-CP và số "
         "01/2017/NĐ-CP.", {("88/2024/NĐ-CP", "replaces", "47/2014/NĐ-CP"), ("88/2024/NĐ-CP", "replaces", "01/2017/NĐ-CP")}),
        # regression: "ra đời" (came out) between a document and its phrase gave no replacement
        ("Quy định 296-QĐ/TW ra đời thay thế Quy định 22-QĐ/TW.", {("296-QĐ/TW", "replaces", "22-QĐ/TW")}),
        # regression: "chính thức" and "sẽ" between a document and its phrase, and "sẽ" before a passive ("Nghị định
        # 73/2024/NĐ-CP chính thức thay thế Nghị định 24/2023/NĐ-CP" and "… sẽ được thay thế bằng …" gave nothing)
        ("Nghị định 73/2024/NĐ-CP chính thức thay thế Nghị định 24/2023/NĐ-CP.", {("73/2024/NĐ-CP", "replaces", "24/2023/NĐ-CP")}),
        ("Nghị định 73/2024/NĐ-CP sẽ thay thế Nghị định 24/2023/NĐ-CP từ ngày 1/7/2024.",
         {("73/2024/NĐ-CP", "replaces", "24/2023/NĐ-CP")}),
        ("Nghị định số 15/2018/NĐ-CP sẽ được thay thế bằng Nghị định số 46/2026/NĐ-CP.",
         {("46/2026/NĐ-CP", "replaces", "15/2018/NĐ-CP")}),
        # regression: nothing acts on a document of a later year ("Chương trình hành động số 24-CTr/TU ngày 26/3/2018 …
        # thực hiện Nghị quyết 21-NQ/TW và Kế hoạch số 140/KH-UBND ngày 12/10/2020 …" made the programme carry out the plan)
        ("Kế hoạch yêu cầu gắn với tiếp tục thực hiện Chương trình hành động số 24-CTr/TU ngày 26/3/2018 của Tỉnh ủy thực "
         "hiện Nghị quyết 21-NQ/TW và Kế hoạch số 140/KH-UBND ngày 12/10/2020 của UBND tỉnh triển khai Chiến lược Dân số "
         "Việt Nam đến năm 2030.", {("24-CTr/TU", "implements", "21-NQ/TW")}),
        # … nor on an item listed after such a later one ("… Kế hoạch số 12-KH/HU ngày 02/3/2023 … thực hiện B, Nghị quyết
        # số 05-NQ/HU ngày 18/5/2023 … và Kết luận số 30-KL/HU …" made the plan carry out the undated conclusion)
        ("Ban Thường vụ Huyện ủy yêu cầu thực hiện nghiêm Kế hoạch số 12-KH/HU ngày 02/3/2023 của Huyện ủy thực hiện Chỉ "
         "thị số 35-CT/TW, Nghị quyết số 05-NQ/HU ngày 18/5/2023 của Ban Chấp hành Đảng bộ huyện về chuyển đổi số và Kết "
         "luận số 30-KL/HU của Ban Thường vụ Huyện ủy.", {("12-KH/HU", "implements", "35-CT/TW")}),
        ("Các huyện tiếp tục thực hiện Kế hoạch số 45/KH-UBND ngày 12/3/2024 của UBND tỉnh thực hiện Nghị định số "
         "100/2019/NĐ-CP, Chỉ thị số 10/CT-UBND ngày 5/6/2024 của Chủ tịch UBND tỉnh và Quyết định số 210/QĐ-UBND của UBND "
         "tỉnh.", {("45/KH-UBND", "implements", "100/2019/NĐ-CP")}),
        # regression: an item listed after what B1's title carries out, of a lower body than B1, is A's ("… Kế hoạch số
        # 71/KH-UBND … thực hiện Nghị quyết số 137/NQ-CP … của Chính phủ ban hành Chương trình hành động thực hiện Nghị
        # quyết 21-NQ/TW và Chương trình hành động số 26-CTr/TU của Tỉnh ủy" left the province's programme out)
        ("UBND tỉnh ban hành Kế hoạch số 71/KH-UBND ngày 25/6/2018 thực hiện Nghị quyết số 137/NQ-CP ngày 31/12/2017 của "
         "Chính phủ ban hành Chương trình hành động thực hiện Nghị quyết 21-NQ/TW và Chương trình hành động số 26-CTr/TU "
         "của Tỉnh ủy.", {("71/KH-UBND", "implements", "137/NQ-CP"), ("71/KH-UBND", "implements", "26-CTr/TU"),
                          ("137/NQ-CP", "implements", "21-NQ/TW")}),
        # … and after what B1's description amends: a decree amends no province's decision ("Hướng dẫn … nhằm cụ thể
        # hóa Nghị định số 38/2023/NĐ-CP … sửa đổi, bổ sung một số điều của Nghị định số 27/2022/NĐ-CP và Quyết định số
        # 15/2023/QĐ-UBND … của UBND tỉnh" made the decree amend the decision, and the guide not carry it out)
        ("Sở Nông nghiệp và Phát triển nông thôn ban hành Hướng dẫn số 2150/HD-SNNPTNT ngày 14/7/2023 nhằm cụ thể hóa Nghị "
         "định số 38/2023/NĐ-CP ngày 24/6/2023 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số "
         "27/2022/NĐ-CP và Quyết định số 15/2023/QĐ-UBND ngày 20/3/2023 của UBND tỉnh.",
         {("2150/HD-SNNPTNT", "implements", "38/2023/NĐ-CP"), ("38/2023/NĐ-CP", "amends", "27/2022/NĐ-CP"),
          ("2150/HD-SNNPTNT", "implements", "15/2023/QĐ-UBND")}),
        # regression: a phrase after "và" ending A's title ("Nghị quyết số 11/NQ-CP … về Chương trình phục hồi và phát
        # triển kinh tế - xã hội và triển khai Nghị quyết số 43/2022/QH15" gave nothing: the title is too long for a gap)
        ("Chính phủ ban hành Nghị quyết số 11/NQ-CP ngày 30/1/2022 về Chương trình phục hồi và phát triển kinh tế - xã "
         "hội và triển khai Nghị quyết số 43/2022/QH15 của Quốc hội về chính sách tài khóa, tiền tệ hỗ trợ Chương trình.",
         {("11/NQ-CP", "implements", "43/2022/QH15")}),
        # … after a phrase that takes A, the phrase after "và" is what A's source does (the reading of probe9e's gold)
        ("UBND tỉnh ban hành Kế hoạch số 3984/KH-UBND triển khai thực hiện Nghị quyết số 11/NQ-CP ngày 30/01/2022 của "
         "Chính phủ về Chương trình phục hồi và phát triển kinh tế - xã hội và triển khai Nghị quyết số 43/2022/QH15 của "
         "Quốc hội về chính sách tài khóa, tiền tệ hỗ trợ Chương trình.",
         {("3984/KH-UBND", "implements", "11/NQ-CP"), ("3984/KH-UBND", "implements", "43/2022/QH15")}),
        # … but not a basis listed after a description ("… Nghị định số 116/2016/NĐ-CP … quy định chính sách hỗ trợ học
        # sinh và theo đề nghị của UBND tỉnh tại Tờ trình …": the decree is not based on the submission)
        ("HĐND tỉnh ban hành Nghị quyết số 12/2024/NQ-HĐND. Nghị quyết được ban hành căn cứ Luật Giáo dục năm 2019, Nghị "
         "định số 116/2016/NĐ-CP ngày 18/7/2016 của Chính phủ quy định chính sách hỗ trợ học sinh và theo đề nghị của UBND "
         "tỉnh tại Tờ trình số 85/TTr-UBND ngày 20/6/2024.",
         {("12/2024/NQ-HĐND", "based_on", "Luật#"), ("12/2024/NQ-HĐND", "based_on", "116/2016/NĐ-CP"),
          ("12/2024/NQ-HĐND", "based_on", "85/TTr-UBND")}),
        # regression: after the B of A's title, a document of a body above A's is another B, not A's sibling ("Quyết
        # định số 2120/QĐ-UBND … về Kế hoạch thực hiện Chỉ thị 40-CT/TW và Quyết định số 401/QĐ-TTg" left 401 out)
        ("UBND tỉnh ban hành Quyết định số 2120/QĐ-UBND ngày 10/6/2016 về Kế hoạch thực hiện Chỉ thị 40-CT/TW và Quyết "
         "định số 401/QĐ-TTg.", {("2120/QĐ-UBND", "implements", "40-CT/TW"), ("2120/QĐ-UBND", "implements", "401/QĐ-TTg")}),
        # regression: a clause after "; " whose object is a bare back-reference is the lead's too, as one with "này" ("…;
        # UBND xã ban hành Kế hoạch số 35/KH-UBND … triển khai thực hiện Nghị quyết chuyên đề" carried out the
        # resolution alone)
        ("Thực hiện Kế hoạch số 85-KH/HU ngày 3/4/2017 của Huyện ủy, Đảng ủy xã đã ban hành Nghị quyết chuyên đề số "
         "08-NQ/ĐU ngày 12/5/2017 về quản lý, bảo vệ rừng; UBND xã ban hành Kế hoạch số 35/KH-UBND ngày 20/5/2017 triển "
         "khai thực hiện Nghị quyết chuyên đề.",
         {("08-NQ/ĐU", "implements", "85-KH/HU"), ("35/KH-UBND", "implements", "08-NQ/ĐU"),
          ("35/KH-UBND", "implements", "85-KH/HU")}),
        # regression: a clause after "; " that issues, after a main clause that issues nothing ("Để cụ thể hóa Nghị
        # quyết số 12-NQ/ĐU, Ban Thường vụ Đảng ủy xã chỉ đạo …; UBND xã ban hành Kế hoạch số 03/KH-UBND" related nothing)
        ("Ngày 08/01/2026, Ban Chấp hành Đảng bộ xã Trạm Tấu ban hành Nghị quyết số 12-NQ/ĐU về nhiệm vụ năm 2026. Để cụ "
         "thể hóa Nghị quyết số 12-NQ/ĐU, Ban Thường vụ Đảng ủy xã chỉ đạo Đảng ủy các thôn xây dựng kế hoạch thực hiện; "
         "UBND xã ban hành Kế hoạch số 03/KH-UBND ngày 15/01/2026.",
         {("03/KH-UBND", "implements", "12-NQ/ĐU")}),
        ("Thực hiện Chỉ thị số 15-CT/TU ngày 12/8/2022 của Ban Thường vụ Tỉnh ủy, Huyện ủy đã tổ chức hội nghị quán "
         "triệt cho cán bộ chủ chốt; UBND huyện ban hành Kế hoạch số 95/KH-UBND ngày 5/9/2022.",
         {("95/KH-UBND", "implements", "15-CT/TU")}),
        # regression: a date with no comma after it before the main clause's subject ("Thực hiện Nghị quyết số 35-NQ/TW
        # … về …, ngày 15/02/2024 Ban Chỉ đạo 35 huyện Ngân Sơn ban hành Kế hoạch số 05-KH/BCĐ" related nothing), and a
        # date written "ngày 20 tháng 7 năm 2016"
        ("Thực hiện Nghị quyết số 35-NQ/TW ngày 22/10/2018 của Bộ Chính trị về tăng cường bảo vệ nền tảng tư tưởng của "
         "Đảng, ngày 15/02/2024 Ban Chỉ đạo 35 huyện Ngân Sơn ban hành Kế hoạch số 05-KH/BCĐ về hoạt động năm 2024.",
         {("05-KH/BCĐ", "implements", "35-NQ/TW")}),
        ("Thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị, ngày 20 tháng 7 năm 2016 Ban Thường vụ Huyện ủy ban hành Kế "
         "hoạch số 38-KH/HU.", {("38-KH/HU", "implements", "05-CT/TW")}),
        # regression: a scheme named again by the start of its quoted title, quoted ("… triển khai Đề án “Kiểm soát mất
        # cân bằng giới tính khi sinh”" was a new scheme of the district's, not the decision 468 that carries it)
        ("Thực hiện Đề án “Kiểm soát mất cân bằng giới tính khi sinh giai đoạn 2016 - 2025” ban hành kèm theo Quyết định "
         "số 468/QĐ-TTg ngày 23/3/2016 của Thủ tướng Chính phủ, huyện đã triển khai nhiều giải pháp. UBND huyện ban hành "
         "Kế hoạch số 88/KH-UBND ngày 10/5/2018 triển khai Đề án “Kiểm soát mất cân bằng giới tính khi sinh” trên địa bàn "
         "huyện.", {("88/KH-UBND", "implements", "468/QĐ-TTg")}),
        # regression: a scheme named by its unquoted title up to its short name in brackets ("… thực hiện Đề án phát
        # triển ứng dụng dữ liệu về dân cư, … (Đề án 06)" carried out nothing: the title was no citation)
        ("UBND tỉnh Hậu Giang ban hành Kế hoạch số 92/KH-UBND ngày 12/3/2024 về thực hiện Đề án phát triển ứng dụng dữ "
         "liệu về dân cư, định danh và xác thực điện tử phục vụ chuyển đổi số quốc gia giai đoạn 2022 - 2025, tầm nhìn "
         "đến năm 2030 (Đề án 06) năm 2024. Đề án 06 được Thủ tướng Chính phủ phê duyệt tại Quyết định số 06/QĐ-TTg "
         "ngày 06/01/2022.", {("92/KH-UBND", "implements", "06/QĐ-TTg")}),
        # … a quoted name that goes on past the one before is a fuller one, no reference to it (probe10b's w16)
        ("Hội LHPN tỉnh đẩy mạnh Đề án \"Hỗ trợ phụ nữ khởi nghiệp\"\n\nNgày 10/3/2023, Ban Thường vụ Hội LHPN tỉnh ban "
         "hành Kế hoạch số 87/KH-HPN về tiếp tục triển khai Đề án \"Hỗ trợ phụ nữ khởi nghiệp giai đoạn 2017 - 2025\" được "
         "phê duyệt tại Quyết định số 939/QĐ-TTg ngày 30/6/2017 của Thủ tướng Chính phủ.",
         {("87/KH-HPN", "implements", "939/QĐ-TTg")}),
        # regression: a review's next item after its own period, past B's title ("Kế hoạch số 215-KH/TU về tổng kết 10
        # năm thực hiện Chỉ thị số 40-CT/TW … về … tín dụng chính sách xã hội gắn với 3 năm thực hiện Kết luận số
        # 06-KL/TW" reviewed the directive alone: its title ran on over the conclusion)
        ("Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 215-KH/TU về tổng kết 10 năm thực hiện Chỉ thị số 40-CT/TW ngày "
         "22/11/2014 của Ban Bí thư về tăng cường sự lãnh đạo của Đảng đối với tín dụng chính sách xã hội gắn với 3 năm "
         "thực hiện Kết luận số 06-KL/TW ngày 10/6/2021 của Ban Bí thư.",
         {("215-KH/TU", "reviews", "40-CT/TW"), ("215-KH/TU", "reviews", "06-KL/TW")}),
        ("Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 215-KH/TU về tổng kết 10 năm thực hiện Chỉ thị số 40-CT/TW ngày "
         "22/11/2014 của Ban Bí thư về tăng cường sự lãnh đạo của Đảng đối với tín dụng chính sách xã hội và 3 năm thực "
         "hiện Kết luận số 06-KL/TW ngày 10/6/2021 của Ban Bí thư.",
         {("215-KH/TU", "reviews", "40-CT/TW"), ("215-KH/TU", "reviews", "06-KL/TW")}),
        # regression: a plural back-reference takes back a set, and nothing carries out one of its documents of a later
        # year ("Quán triệt các văn bản trên, … ban hành Chương trình hành động số 25-CTr/TU ngày 15/11/2012 và Kế hoạch
        # số 118-KH/TU ngày 25/4/2019" made the programme of 2012 carry out the conclusion of 2019)
        ("Tỉnh ủy tổng kết 10 năm thực hiện Chỉ thị số 18-CT/TW ngày 4/9/2012 của Ban Bí thư và Kết luận số 45-KL/TW ngày "
         "1/2/2019 của Ban Bí thư. Quán triệt các văn bản trên, Ban Thường vụ Tỉnh ủy đã ban hành Chương trình hành động "
         "số 25-CTr/TU ngày 15/11/2012 và Kế hoạch số 118-KH/TU ngày 25/4/2019.",
         {("25-CTr/TU", "implements", "18-CT/TW"), ("118-KH/TU", "implements", "18-CT/TW"),
          ("118-KH/TU", "implements", "45-KL/TW")}),
        # regression: "sau đó" between a document and its phrase ("Nghị quyết 98/2023/QH15 sau đó thay thế Nghị quyết
        # 54/2017/QH14 …" gave nothing: "later" was no gap adverb)
        ("Nghị quyết 98/2023/QH15 sau đó thay thế Nghị quyết 54/2017/QH14 của Quốc hội về thí điểm cơ chế đặc thù.",
         {("98/2023/QH15", "replaces", "54/2017/QH14")}),
        # regression: a bare lower-case noun as the object after A ("… ban hành Kế hoạch số 290-KH/TU để triển khai thực
        # hiện chỉ thị trên địa bàn tỉnh" gave nothing: only a lead took such a noun back)
        ("Ban Bí thư ban hành Chỉ thị số 41-CT/TW ngày 5/11/2024. Ngày 10/12/2024, Ban Thường vụ Tỉnh ủy ban hành Kế "
         "hoạch số 290-KH/TU để triển khai thực hiện chỉ thị trên địa bàn tỉnh.", {("290-KH/TU", "implements", "41-CT/TW")}),
        ("Bộ Chính trị ban hành Kết luận số 12-KL/TW ngày 6/7/2021. Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 63-KH/TU "
         "thực hiện kết luận.", {("63-KH/TU", "implements", "12-KL/TW")}),
        # regression: what a person concludes is a document of his office ("Để thực hiện Kết luận của Tổng Bí thư Tô Lâm …"
        # gave nothing: the conclusion had no issuer)
        ("Để thực hiện Kết luận của Tổng Bí thư Tô Lâm tại buổi làm việc, Ban Thường vụ Tỉnh ủy đã ban hành Kế hoạch số "
         "312-KH/TU ngày 25/3/2025.", {("312-KH/TU", "implements", "Kết luận#")}),
        # regression: "Trên tinh thần đó" carries out the spirit of the document the sentence before names ("Nghị quyết số
        # 20-NQ/TW … xác định …. Trên tinh thần đó, Ban Thường vụ Tỉnh ủy đã ban hành Chương trình hành động số 25-CTr/TU"
        # gave nothing: a lead with "đó" stated only a basis)
        ("Nghị quyết số 20-NQ/TW ngày 16/6/2022 của Ban Chấp hành Trung ương Đảng xác định kinh tế tập thể phải trở thành "
         "khu vực kinh tế quan trọng. Trên tinh thần đó, Ban Thường vụ Tỉnh ủy đã ban hành Chương trình hành động số "
         "25-CTr/TU ngày 10/10/2022.", {("25-CTr/TU", "implements", "20-NQ/TW")}),
        # regression: the same with "ấy" ("Trên tinh thần ấy, …" gave nothing: only "đó" was read)
        ("Kết luận số 12-KL/TW ngày 5/8/2021 của Bộ Chính trị nhấn mạnh yêu cầu chỉnh đốn Đảng. Trên tinh thần ấy, Ban "
         "Thường vụ Tỉnh ủy đã ban hành Kế hoạch số 90-KH/TU ngày 1/9/2021.", {("90-KH/TU", "implements", "12-KL/TW")}),
        # regression: … and the items listed after that document ("… theo Kế hoạch số 48/KH-BCA-C02 … và Chỉ thị số
        # 01/CT-UBND …. Trên tinh thần đó, …" carried out the first only)
        ("Đợt cao điểm được triển khai theo Kế hoạch số 30/KH-BCA-C02 ngày 10/1/2025 của Bộ Công an và Chỉ thị số "
         "02/CT-UBND ngày 6/1/2025 của Chủ tịch UBND tỉnh về bảo đảm an ninh dịp Tết. Trên tinh thần đó, Giám đốc Công an "
         "tỉnh đã ký ban hành Kế hoạch số 11/KH-CAT-PV01 ngày 15/1/2025.",
         {("11/KH-CAT-PV01", "implements", "30/KH-BCA-C02"), ("11/KH-CAT-PV01", "implements", "02/CT-UBND")}),
        # regression: a circular detailing a decree dated a day after it, the two drafted together ("ngày 30/6/2025, Bộ
        # trưởng Bộ Tài chính đã ký Thông tư số 69/2025/TT-BTC quy định chi tiết … Nghị định số 181/2025/NĐ-CP" of 1/7/2025
        # gave nothing: no legal document acted on a later one of its year)
        ("Chính phủ ban hành Nghị định 181/2025/NĐ-CP ngày 1/7/2025 quy định chi tiết Luật Thuế giá trị gia tăng. Trước đó, "
         "ngày 30/6/2025, Bộ trưởng Bộ Tài chính đã ký Thông tư số 69/2025/TT-BTC quy định chi tiết Nghị định số "
         "181/2025/NĐ-CP.", {("181/2025/NĐ-CP", "implements", "Luật#"), ("69/2025/TT-BTC", "implements", "181/2025/NĐ-CP")}),
        # regression: a decree details no circular; the circular after "và" is the next item listed ("Nghị định 08/2022/NĐ-CP
        # … quy định chi tiết một số điều của Luật Bảo vệ môi trường và Thông tư 02/2022/TT-BTNMT …" gave the decree to both)
        ("Sở Tài nguyên và Môi trường đã phổ biến những điểm mới của Nghị định 08/2022/NĐ-CP ngày 10/1/2022 của Chính phủ "
         "quy định chi tiết một số điều của Luật Bảo vệ môi trường và Thông tư 02/2022/TT-BTNMT ngày 10/1/2022 của Bộ Tài "
         "nguyên và Môi trường cho các doanh nghiệp.", {("08/2022/NĐ-CP", "implements", "Luật#")}),
        # regression: a person's conclusion stated in a notice is that notice ("Thực hiện kết luận của Phó Thủ tướng Chính phủ
        # Trần Lưu Quang tại Thông báo số 250/TB-VPCP …, UBND tỉnh ban hành Kế hoạch số 98/KH-UBND" gave the plan to an
        # unnumbered conclusion of its own, beside the notice)
        ("Thực hiện kết luận của Phó Thủ tướng Chính phủ Trần Lưu Quang tại Thông báo số 250/TB-VPCP ngày 1/6/2024 của Văn "
         "phòng Chính phủ, UBND tỉnh ban hành Kế hoạch số 98/KH-UBND ngày 10/6/2024.",
         {("98/KH-UBND", "implements", "250/TB-VPCP")}),
        ("Thực hiện kết luận của Thủ tướng Chính phủ tại Thông báo số 250/TB-VPCP ngày 1/6/2024, UBND tỉnh ban hành Kế "
         "hoạch số 98/KH-UBND ngày 10/6/2024.", {("98/KH-UBND", "implements", "250/TB-VPCP")}),
        # regression: a number with a part after a dot ("Để triển khai Nghị quyết 66.7/2025/NQ-CP, …" gave a resolution
        # of no number, and the plan nothing to implement)
        ("Ngày 15/11/2025, Chính phủ ban hành Nghị quyết số 66.7/2025/NQ-CP quy định cắt giảm thủ tục hành chính. Để triển "
         "khai Nghị quyết 66.7/2025/NQ-CP, ngày 20/11/2025, UBND tỉnh ban hành Kế hoạch số 280/KH-UBND.",
         {("280/KH-UBND", "implements", "66.7/2025/NQ-CP")}),
        # regression: "tổ chức" before the verb in A's title ("… ban hành Kế hoạch số 05-KH/ĐU ngày 30/10/2025 tổ chức
        # quán triệt Nghị quyết …" gave nothing: only "tổ chức thực hiện" was a phrase)
        ("Đảng ủy xã Lai Hòa ban hành Kế hoạch số 05-KH/ĐU ngày 30/10/2025 tổ chức quán triệt Nghị quyết số 12-NQ/TU "
         "ngày 2/10/2025 của Tỉnh ủy.", {("05-KH/ĐU", "implements", "12-NQ/TU")}),
        ("UBND huyện ban hành Kế hoạch số 140/KH-UBND ngày 15/10/2021 tổ chức triển khai Nghị quyết số 10-NQ/TU ngày "
         "20/8/2021 của Ban Thường vụ Tỉnh ủy.", {("140/KH-UBND", "implements", "10-NQ/TU")}),
        ("Huyện ủy ban hành Hướng dẫn số 12-HD/HU ngày 3/3/2022 tổ chức học tập, quán triệt Chỉ thị số 05-CT/TW của Bộ "
         "Chính trị.", {("12-HD/HU", "implements", "05-CT/TW")}),
        # regression: other verbs of taking B up listed before the phrase, right after A ("Thị ủy Giá Rai ban hành Kế hoạch
        # số 45-KH/TU ngày 6/9/2019 tuyên truyền, triển khai Chỉ thị số 19-CT/TW" gave nothing: only after "về" were
        # words before the phrase read)
        ("Thị ủy Giá Rai ban hành Kế hoạch số 45-KH/TU ngày 6/9/2019 tuyên truyền, triển khai Chỉ thị số 19-CT/TW của Ban "
         "Bí thư.", {("45-KH/TU", "implements", "19-CT/TW")}),
        ("Thị ủy ban hành Kế hoạch số 45-KH/TU ngày 6/9/2019 nghiên cứu, học tập, quán triệt Kết luận số 01-KL/TW của Bộ "
         "Chính trị.", {("45-KH/TU", "implements", "01-KL/TW")}),
        ("Huyện ủy ban hành Kế hoạch số 70-KH/HU ngày 4/7/2018 tổ chức quán triệt, tuyên truyền và triển khai thực hiện "
         "Nghị quyết số 19-NQ/TW của Ban Chấp hành Trung ương.", {("70-KH/HU", "implements", "19-NQ/TW")}),
        ("UBND huyện ban hành Kế hoạch số 140/KH-UBND ngày 15/10/2021 triển khai, thực hiện Quyết định số 1719/QĐ-TTg "
         "của Thủ tướng Chính phủ.", {("140/KH-UBND", "implements", "1719/QĐ-TTg")}),
        # regression: studying B named by "triển khai học tập" or "tổ chức học tập" ("Kế hoạch số 52-KH/HU triển khai học
        # tập các nghị quyết trên" carried out none of them)
        ("Huyện ủy ban hành Kế hoạch số 31-KH/HU ngày 2/3/2022 triển khai học tập Kết luận số 21-KL/TW của Ban Chấp hành "
         "Trung ương.", {("31-KH/HU", "implements", "21-KL/TW")}),
        ("Đảng ủy phường ban hành Kế hoạch số 08-KH/ĐU tổ chức học tập Nghị quyết số 57-NQ/TW của Bộ Chính trị.",
         {("08-KH/ĐU", "implements", "57-NQ/TW")}),
        ("Thị ủy quán triệt Nghị quyết số 18-NQ/TW và 19-NQ/TW. Trước đó, Thị ủy ban hành Kế hoạch số 52-KH/TU triển khai "
         "học tập các nghị quyết trên.", {("52-KH/TU", "implements", "18-NQ/TW"), ("52-KH/TU", "implements", "19-NQ/TW")}),
        # regression: … and "theo" after the plural back-reference, how it is carried out ("… triển khai học tập các nghị
        # quyết trên theo hướng dẫn …" read "trên" as a preposition, so the plan carried out none)
        ("Thị ủy quán triệt Nghị quyết số 18-NQ/TW và 19-NQ/TW. Trước đó, Thị ủy ban hành Kế hoạch số 52-KH/TU triển khai "
         "các nghị quyết trên theo hướng dẫn của Ban Tuyên giáo Trung ương.",
         {("52-KH/TU", "implements", "18-NQ/TW"), ("52-KH/TU", "implements", "19-NQ/TW")}),
        # regression: a bare "Luật" that opens its sentence, before a predicate, is the law named before ("Quốc hội
        # thông qua Luật Đầu tư công (sửa đổi). Luật có hiệu lực từ ngày 1/1/2025, thay thế …" replaced nothing)
        ("Quốc hội đã biểu quyết thông qua Luật Nhà ở số 27/2023/QH15. Luật có hiệu lực từ ngày 1/1/2025, thay thế "
         "Luật Nhà ở số 65/2014/QH13.", {("27/2023/QH15", "replaces", "65/2014/QH13")}),
        # regression: the broadcast's subject in lower case after its opener ("Được biết, kế hoạch được xây dựng trên cơ
        # sở Chỉ thị số 20/CT-UBND …", "Theo đó, kế hoạch được ban hành nhằm triển khai …" related nothing: only a
        # capitalised bare noun took back the plan named before)
        ("UBND thành phố Hạ Long ra quân, thực hiện Kế hoạch số 68/KH-UBND ngày 28/2/2024 của UBND thành phố.\n"
         "Được biết, kế hoạch được xây dựng trên cơ sở Chỉ thị số 20/CT-UBND ngày 15/12/2023 của UBND tỉnh.",
         {("68/KH-UBND", "based_on", "20/CT-UBND")}),
        ("Công an tỉnh triển khai Kế hoạch số 2156/KH-UBND của UBND tỉnh. Theo đó, kế hoạch được ban hành nhằm triển "
         "khai Quyết định số 06/QĐ-TTg của Thủ tướng Chính phủ.", {("2156/KH-UBND", "implements", "06/QĐ-TTg")}),
        # regression: a list of bases whose first item is no document ("trên cơ sở kết quả công tác năm 2023 và Chỉ thị
        # số 06/CT-TTg", "căn cứ tình hình thực tế của địa phương và B" gave nothing: the phrase had to stand before B)
        ("Kế hoạch số 2540/KH-UBND được xây dựng trên cơ sở kết quả công tác năm 2023 và Chỉ thị số 06/CT-TTg ngày "
         "9/3/2024 của Thủ tướng Chính phủ.", {("2540/KH-UBND", "based_on", "06/CT-TTg")}),
        ("UBND huyện Đại Lộc ban hành Kế hoạch số 112/KH-UBND ngày 25/4/2024, căn cứ tình hình thực tế của địa phương "
         "và Kế hoạch số 2540/KH-UBND của UBND tỉnh.", {("112/KH-UBND", "based_on", "2540/KH-UBND")}),
        ("UBND huyện Duy Xuyên ban hành Kế hoạch số 98/KH-UBND ngày 26/4/2024 trên cơ sở đề xuất của Phòng Nông nghiệp "
         "và Phát triển nông thôn và Chỉ thị số 06/CT-TTg.", {("98/KH-UBND", "based_on", "06/CT-TTg")}),
        # regression: a clause making A public, with its own date, before A's phrase ("… được ký ngày …, công bố trên Cổng
        # Thông tin điện tử tỉnh ngày 14/5/2024, thay thế B" replaced nothing)
        ("Quyết định số 512/QĐ-UBND được Chủ tịch UBND tỉnh Kon Tum ký ngày 10/5/2024, công bố trên Cổng Thông tin điện tử "
         "tỉnh ngày 14/5/2024, thay thế Quyết định số 208/QĐ-UBND ngày 20/3/2023 của UBND tỉnh.",
         {("512/QĐ-UBND", "replaces", "208/QĐ-UBND")}),
        ("Kế hoạch số 88/KH-UBND của UBND thành phố được ký ngày 20/5/2024 và đăng tải ngày 22/5/2024, thay thế Kế hoạch "
         "số 40/KH-UBND ngày 1/3/2023 của UBND thành phố.", {("88/KH-UBND", "replaces", "40/KH-UBND")}),
        # regression: a bare noun after a sentence that replaces documents of its kind is the one in force ("Nghị định số
        # 29/2023/NĐ-CP … thay thế Nghị định số 108/2014/NĐ-CP và Nghị định số 113/2018/NĐ-CP. Để hướng dẫn thực hiện
        # nghị định, …" carried out the decree replaced, named last)
        ("Nghị định số 29/2023/NĐ-CP ngày 3/6/2023 của Chính phủ quy định về tinh giản biên chế có hiệu lực từ ngày "
         "20/7/2023, thay thế Nghị định số 108/2014/NĐ-CP và Nghị định số 113/2018/NĐ-CP. Để hướng dẫn thực hiện nghị "
         "định, Bộ Nội vụ đã có Công văn số 4320/BNV-TCBC ngày 10/8/2023 gửi các bộ, ngành, địa phương.",
         {("29/2023/NĐ-CP", "replaces", "108/2014/NĐ-CP"), ("29/2023/NĐ-CP", "replaces", "113/2018/NĐ-CP"),
          ("4320/BNV-TCBC", "implements", "29/2023/NĐ-CP")}),
        # regression: an unnumbered plan whose owner follows the central document its title names ("Trên cơ sở Kế hoạch
        # thực hiện Chỉ thị số 35-CT/TW của Ban Thường vụ Tỉnh ủy, …" gave no plan: the description stopped at the symbol)
        ("Trên cơ sở Kế hoạch thực hiện Chỉ thị số 35-CT/TW của Ban Thường vụ Tỉnh ủy, ngày 25/10/2024, Ban Thường vụ "
         "Huyện ủy Krông Pắc đã ban hành Kế hoạch số 212-KH/HU về tổ chức đại hội chi bộ.",
         {("212-KH/HU", "based_on", "Kế hoạch#"), ("Kế hoạch#", "implements", "35-CT/TW")}),
        ("Tại thành phố Hà Tĩnh, căn cứ Kế hoạch triển khai Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Ban Thường vụ "
         "Thành ủy, Đảng ủy phường Thạch Quý đã xây dựng Kế hoạch số 20-KH/ĐU ngày 15/3/2025.",
         {("20-KH/ĐU", "based_on", "Kế hoạch#"), ("Kế hoạch#", "implements", "57-NQ/TW")}),
        # regression: a basis said again after a description that names a law ("căn cứ Nghị định số 105/2020/NĐ-CP …
        # quy định chính sách phát triển giáo dục mầm non theo Luật Giáo dục năm 2019 và xét Tờ trình số 98/TTr-UBND …"
        # lost the submission: the law, no item of the list, ended it)
        ("Nghị quyết số 18/2024/NQ-HĐND được ban hành căn cứ Nghị định số 105/2020/NĐ-CP ngày 8/9/2020 của Chính phủ quy "
         "định chính sách phát triển giáo dục mầm non theo Luật Giáo dục năm 2019 và xét Tờ trình số 98/TTr-UBND ngày "
         "25/11/2024 của UBND tỉnh.",
         {("18/2024/NQ-HĐND", "based_on", "105/2020/NĐ-CP"), ("18/2024/NQ-HĐND", "based_on", "98/TTr-UBND")}),
        # regression: a body's own plan after "có" ("UBND thành phố … cũng có kế hoạch riêng thực hiện B" gave no plan:
        # "có kế hoạch" is a plan still to make); not one still to come, nor each body's of many
        ("Thành ủy Hồng Lĩnh cũng có kế hoạch riêng thực hiện Chương trình hành động số 40-CTr/TU của Tỉnh ủy.",
         {("Kế hoạch#", "implements", "40-CTr/TU")}),
        ("UBND thành phố Hà Tĩnh cũng có kế hoạch riêng thực hiện Kế hoạch số 68/KH-UBND của UBND tỉnh.",
         {("Kế hoạch#", "implements", "68/KH-UBND")}),
        ("UBND thành phố Hà Tĩnh sẽ có kế hoạch riêng thực hiện Kế hoạch số 68/KH-UBND của UBND tỉnh.", set()),
        ("Các huyện đều có kế hoạch riêng thực hiện Kế hoạch số 68/KH-UBND của UBND tỉnh.", set()),
        # regression: an unnumbered document named by its title, its issuer after it ("Thực hiện Chỉ thị về tăng cường …
        # công tác phòng cháy, chữa cháy của Ban Thường vụ Tỉnh ủy, …" gave no directive: a title alone names only one
        # cited before); not the title's own words
        ("Thực hiện Chỉ thị về tăng cường sự lãnh đạo của Đảng đối với công tác phòng cháy, chữa cháy của Ban Thường vụ "
         "Tỉnh ủy, ngày 12/9/2023, UBND huyện Can Lộc ban hành Kế hoạch số 250/KH-UBND về kiểm tra an toàn.",
         {("250/KH-UBND", "implements", "Chỉ thị#")}),
        ("Thực hiện Chỉ thị về tăng cường công tác phòng cháy của Ban Bí thư, Tỉnh ủy ban hành Kế hoạch số 12-KH/TU.",
         {("12-KH/TU", "implements", "Chỉ thị#")}),
        ("Thực hiện Chỉ thị về tăng cường vai trò của Mặt trận Tổ quốc, UBND huyện ban hành Kế hoạch số 250/KH-UBND.",
         set()),
        # regression: a lower-case object named by its title ("Huyện ủy … ban hành Kế hoạch số 88-KH/HU … thực hiện nghị
        # quyết về đột phá phát triển khoa học, công nghệ …" carried out nothing): the one of that type and title cited
        # before; one of another title is none
        ("Bộ Chính trị ban hành Nghị quyết số 57-NQ/TW ngày 22/12/2024 về đột phá phát triển khoa học, công nghệ, đổi "
         "mới sáng tạo và chuyển đổi số quốc gia. Huyện ủy Can Lộc ban hành Kế hoạch số 88-KH/HU ngày 10/3/2025 thực "
         "hiện nghị quyết về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia.",
         {("88-KH/HU", "implements", "57-NQ/TW")}),
        ("Bộ Chính trị ban hành Nghị quyết số 57-NQ/TW ngày 22/12/2024 về đột phá phát triển khoa học, công nghệ. Huyện ủy "
         "Can Lộc ban hành Kế hoạch số 88-KH/HU ngày 10/3/2025 thực hiện nghị quyết về phát triển du lịch.", set()),
        ("Nghị định số 29/2023/NĐ-CP thay thế Nghị định số 108/2014/NĐ-CP. Bộ Nội vụ ban hành Công văn số "
         "4320/BNV-TCBC để hướng dẫn thực hiện nghị định.",
         {("29/2023/NĐ-CP", "replaces", "108/2014/NĐ-CP"), ("4320/BNV-TCBC", "implements", "29/2023/NĐ-CP")}),
        # regression: a lead's item said to carry out a document of its own ("Thực hiện B1 … thực hiện B0 về …; B2, X ban
        # hành A") ended the lead's list there: A carried out B1 only
        ("Thực hiện Chương trình hành động số 14-CTr/TU ngày 05/4/2022 của Tỉnh ủy Quảng Bình thực hiện Nghị quyết số "
         "06-NQ/TW ngày 24/01/2022 của Bộ Chính trị về quy hoạch, xây dựng, quản lý và phát triển bền vững đô thị Việt "
         "Nam; Kế hoạch số 980/KH-UBND ngày 20/5/2022 của UBND tỉnh về triển khai Chương trình hành động số 14-CTr/TU, "
         "UBND huyện Bố Trạch ban hành Kế hoạch số 215/KH-UBND ngày 10/6/2022.",
         {("14-CTr/TU", "implements", "06-NQ/TW"), ("980/KH-UBND", "implements", "14-CTr/TU"),
          ("215/KH-UBND", "implements", "14-CTr/TU"), ("215/KH-UBND", "implements", "980/KH-UBND")}),
        # regression: a steering committee named by its level and its task ("của Ban Chỉ đạo Trung ương tổng kết B") made
        # the letter it sent review B
        ("Thực hiện Công văn số 51-CV/BCĐ ngày 10/12/2024 của Ban Chỉ đạo Trung ương tổng kết Nghị quyết số 18-NQ/TW, "
         "Ban Thường vụ Tỉnh ủy Bình Định ban hành Kế hoạch số 315-KH/TU ngày 15/12/2024.",
         {("315-KH/TU", "implements", "51-CV/BCĐ")}),
        ("Ban Chỉ đạo tỉnh thực hiện Nghị quyết số 18-NQ/TW đã ban hành Kế hoạch số 02-KH/BCĐ ngày 5/1/2025.", set()),
        # regression: a review said as an act, its report named in brackets after what it reviews, related nothing
        ("Ngày 14/11/2023, Ban Thường vụ Huyện ủy nghe Đảng đoàn HĐND huyện báo cáo tổng kết 5 năm thực hiện Nghị quyết "
         "số 07-NQ/HU ngày 20/10/2018 của Ban Chấp hành Đảng bộ huyện về phát triển giao thông nông thôn (Báo cáo số "
         "95-BC/ĐĐ, ngày 06/11/2023).",
         {("95-BC/ĐĐ", "reviews", "07-NQ/HU")}),
        ("Huyện đã sơ kết 3 năm thực hiện Kế hoạch số 30-KH/HU vào năm 2022 (Báo cáo số 41-BC/HU, ngày 10/5/2022).",
         {("41-BC/HU", "reviews", "30-KH/HU")}),
        # regression: the body that issued A directs C after "đồng thời" ("Ban Thường vụ Huyện ủy ban hành Kế hoạch số
        # 118-KH/HU … thực hiện B, đồng thời chỉ đạo thực hiện nghiêm C" made the plan carry C out)
        ("Ban Thường vụ Huyện ủy Lạc Sơn ban hành Kế hoạch số 97-KH/HU ngày 10/10/2022 thực hiện Chương trình hành động "
         "số 32-CTr/TU, đồng thời chỉ đạo thực hiện nghiêm Hướng dẫn số 12-HD/BTCTW của Ban Tổ chức Trung ương.",
         {("97-KH/HU", "implements", "32-CTr/TU")}),
        # regression: a local Party committee's document carries out no state document of its level: the list after "; "
        # is the outer list's ("… triển khai hiệu quả Chương trình hành động số 09-CTr/TU … của Tỉnh ủy thực hiện B;
        # Nghị quyết số 02/NQ-HĐND của HĐND tỉnh … và Quyết định số 125/QĐ-UBND …" made the programme carry out both)
        ("UBND tỉnh tập trung triển khai Chương trình hành động số 21-CTr/TU ngày 2/3/2026 của Tỉnh ủy thực hiện Nghị "
         "quyết số 57-NQ/TW; Nghị quyết số 07/NQ-HĐND của HĐND tỉnh về kế hoạch đầu tư công năm 2026 và Quyết định số "
         "98/QĐ-UBND ngày 12/1/2026 của UBND tỉnh.", {("21-CTr/TU", "implements", "57-NQ/TW")}),
        # regression: a lead's plural owned by the centre ("Để cụ thể hóa các quy định của Trung ương, X ban hành A") took
        # nothing back; it takes the central documents of its kind just named, not the province's
        ("Tỉnh ủy quán triệt Quy định số 08-QĐi/TW của Ban Chấp hành Trung ương, Quy định số 101-QĐ/TW của Ban Bí thư và "
         "Quy định số 05-QĐi/TU của Tỉnh ủy. Để cụ thể hóa các quy định của Trung ương, Ban Thường vụ Tỉnh ủy đã ban "
         "hành Quy định số 09-QĐi/TU ngày 20/12/2018.",
         {("09-QĐi/TU", "implements", "08-QĐi/TW"), ("09-QĐi/TU", "implements", "101-QĐ/TW")}),
        # regression: a lead that receives B ("Tại Hà Tĩnh, ngay sau khi nhận được Công văn số 4520/BNV-CQĐP, Sở Nội vụ đã
        # tham mưu UBND tỉnh ban hành Công văn số 3122/UBND-NC …" related nothing: only "sau khi có" was a lead)
        ("Ngay sau khi nhận được Kế hoạch số 27-KH/TU của Ban Thường vụ Tỉnh ủy, Đảng ủy xã đã ban hành Kế hoạch số "
         "08-KH/ĐU ngày 5/9/2025.", {("08-KH/ĐU", "implements", "27-KH/TU")}),
        # regression: A tied to B by "cũng gắn với" right after it ("Kế hoạch số 17-KH/ĐU cũng gắn với triển khai Nghị quyết
        # số 03-NQ/ĐU … và Nghị quyết Đại hội lần thứ XIV của Đảng" related nothing: "gắn với" was read after a comma only)
        ("Đảng ủy xã ban hành Kế hoạch số 12-KH/ĐU. Kế hoạch số 12-KH/ĐU cũng gắn với việc thực hiện Nghị quyết số "
         "04-NQ/ĐU ngày 15/10/2025 của Ban Chấp hành Đảng bộ xã.", {("12-KH/ĐU", "implements", "04-NQ/ĐU")}),
        # regression: the plan a Government resolution or a decision issues, named with a policy's word ("tổng thể"),
        # carries B out as the resolution ("Nghị quyết số 26/NQ-CP … ban hành Kế hoạch tổng thể và kế hoạch 5 năm của
        # Chính phủ thực hiện Nghị quyết số 36-NQ/TW" carried nothing out)
        ("UBND tỉnh ban hành Kế hoạch số 47/KH-UBND ngày 2/4/2021 thực hiện Nghị quyết số 26/NQ-CP ngày 05/3/2020 của "
         "Chính phủ ban hành Kế hoạch tổng thể và kế hoạch 5 năm của Chính phủ thực hiện Nghị quyết số 36-NQ/TW.",
         {("47/KH-UBND", "implements", "26/NQ-CP"), ("26/NQ-CP", "implements", "36-NQ/TW")}),
        ("Bộ Tư pháp đã ban hành Quyết định số 512/QĐ-BTP ngày 14/3/2023 phê duyệt Kế hoạch tổng thể thực hiện Kết "
         "luận số 83-KL/TW của Bộ Chính trị.", {("512/QĐ-BTP", "implements", "83-KL/TW")}),
        # regression: an election committee's act named as a noun ("Ủy ban bầu cử xã vừa ban hành Nghị quyết số
        # 05/NQ-UBBC … ấn định số đơn vị bầu cử …. Việc ấn định được thực hiện căn cứ B1 … và B2" related nothing)
        ("Ủy ban bầu cử phường vừa ban hành Nghị quyết số 07/NQ-UBBC ngày 12/1/2026 ấn định 6 đơn vị bầu cử. Việc ấn định "
         "được thực hiện căn cứ Nghị quyết số 11/NQ-HĐND ngày 29/12/2025 của HĐND phường.",
         {("07/NQ-UBBC", "based_on", "11/NQ-HĐND")}),
        # regression: a numbered item after an issued document of no number was issued by no one (the basis of "… đã
        # thông qua Nghị quyết điều chỉnh kế hoạch đầu tư công … và Nghị quyết số 20/NQ-HĐND …" went to the first alone)
        ("Trên cơ sở Tờ trình số 86/TTr-UBND của UBND xã, HĐND xã đã thông qua Nghị quyết về điều chỉnh kế hoạch đầu tư "
         "công và Nghị quyết số 20/NQ-HĐND về phân bổ vốn sự nghiệp năm 2026.",
         {("Nghị quyết#", "based_on", "86/TTr-UBND"), ("20/NQ-HĐND", "based_on", "86/TTr-UBND")}),
        # regression: "X này" opening the paragraph after a list of bases joined by "; " is the decision the list
        # is of, not its last item ("… căn cứ …; Quyết định số 2785/QĐ-UBND …. Quyết định này … thay thế Quyết định số
        # 1904/QĐ-UBND" had the province's decision replace the district's)
        ("Ngày 12/5/2023, Chủ tịch UBND huyện Nông Cống ký Quyết định số 2310/QĐ-UBND ban hành Quy chế làm việc của Ban "
         "Chỉ đạo phòng, chống thiên tai huyện.\n\nQuyết định được ban hành căn cứ Nghị định số 66/2021/NĐ-CP của Chính "
         "phủ; Quyết định số 2785/QĐ-UBND ngày 3/8/2022 của Chủ tịch UBND tỉnh về kiện toàn Ban Chỉ huy phòng, chống "
         "thiên tai tỉnh.\n\nQuyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số 1904/QĐ-UBND ngày "
         "20/6/2020 của Chủ tịch UBND huyện.",
         {("2310/QĐ-UBND", "based_on", "66/2021/NĐ-CP"), ("2310/QĐ-UBND", "based_on", "2785/QĐ-UBND"),
          ("2310/QĐ-UBND", "replaces", "1904/QĐ-UBND")}),
        # regression: a proposal by a body of more than eight words closing a list of bases after a title ("… về việc
        # kiện toàn … và theo đề nghị của Trưởng phòng Nông nghiệp và Phát triển nông thôn tại Tờ trình số 86/TTr-NN"
        # ran into the title: the decision rested on no submission)
        ("UBND huyện ban hành Quyết định số 845/QĐ-UBND căn cứ Quyết định số 1120/QĐ-UBND ngày 4/4/2022 của UBND tỉnh "
         "về việc phê duyệt danh mục dự án và theo đề nghị của Giám đốc Ban Quản lý dự án đầu tư xây dựng "
         "huyện Như Thanh tại Tờ trình số 57/TTr-BQLDA ngày 10/5/2022.",
         {("845/QĐ-UBND", "based_on", "1120/QĐ-UBND"), ("845/QĐ-UBND", "based_on", "57/TTr-BQLDA")}),
        # regression: a proposal after a ";" that closes a basis's title, opened by "trên cơ sở" ("… căn cứ Nghị định số
        # 210/2013/NĐ-CP … về …; trên cơ sở đề nghị của UBND tỉnh tại Tờ trình số 186/TTr-UBND" rested on the decree alone)
        ("HĐND tỉnh đã thông qua Nghị quyết số 44/2016/NQ-HĐND ngày 15/12/2016. Nghị quyết được xây dựng căn cứ Nghị định "
         "số 210/2013/NĐ-CP ngày 19/12/2013 của Chính phủ về chính sách khuyến khích doanh nghiệp đầu tư vào nông nghiệp, "
         "nông thôn; trên cơ sở đề nghị của UBND tỉnh tại Tờ trình số 186/TTr-UBND ngày 25/11/2016.",
         {("44/2016/NQ-HĐND", "based_on", "210/2013/NĐ-CP"), ("44/2016/NQ-HĐND", "based_on", "186/TTr-UBND")}),
        # regression: a second predicate of A after "và" following B ("Kế hoạch này thay thế Kế hoạch số 5116/KH-UBND …
        # và được xây dựng trên cơ sở Nghị quyết số 06-NQ/TU" rested on nothing: only ", được …" was A's)
        ("UBND tỉnh ban hành Kế hoạch số 215/KH-UBND về phát triển thương mại điện tử. Kế hoạch này thay thế Kế hoạch "
         "số 98/KH-UBND ngày 5/4/2021 của UBND tỉnh và được xây dựng trên cơ sở Nghị quyết số 09-NQ/TU ngày 20/9/2022 "
         "của Ban Chấp hành Đảng bộ tỉnh.",
         {("215/KH-UBND", "replaces", "98/KH-UBND"), ("215/KH-UBND", "based_on", "09-NQ/TU")}),
        # regression: a basis after "và" following what A carries out ("A được xây dựng theo tinh thần B và trên cơ sở C")
        # was no one's, as after a comma it is A's
        ("Kế hoạch số 46/KH-UBND ngày 3/4/2024 của UBND tỉnh Bình Thuận được xây dựng theo tinh thần Nghị quyết số "
         "52-NQ/TW của Bộ Chính trị về một số chủ trương, chính sách chủ động tham gia cuộc Cách mạng công nghiệp lần thứ "
         "tư và trên cơ sở Chương trình hành động số 23-CTr/TU ngày 3/3/2020 của Tỉnh ủy Bình Thuận.",
         {("46/KH-UBND", "implements", "52-NQ/TW"), ("46/KH-UBND", "based_on", "23-CTr/TU")}),
        ("Quyết định số 2890/QĐ-UBND được ban hành để thực hiện Nghị quyết số 55-NQ/TW ngày 11/02/2020 của Bộ Chính trị "
         "và trên cơ sở Chương trình hành động số 17-CTr/TU của Tỉnh ủy.",
         {("2890/QĐ-UBND", "implements", "55-NQ/TW"), ("2890/QĐ-UBND", "based_on", "17-CTr/TU")}),
        # regression: the phrase said again after a bare comma, after a review, is the plan's own act ("A về tổng kết 10
        # năm thực hiện B, thực hiện C" reviewed C)
        ("Ban Thường vụ Tỉnh ủy Ninh Thuận ban hành Kế hoạch số 112-KH/TU ngày 8/3/2021 về tổng kết 10 năm thực hiện Chỉ "
         "thị số 10-CT/TW của Bộ Chính trị, thực hiện Hướng dẫn số 57-HD/BTGTW ngày 12/01/2021 của Ban Tuyên giáo Trung "
         "ương.", {("112-KH/TU", "reviews", "10-CT/TW"), ("112-KH/TU", "implements", "57-HD/BTGTW")}),
        # … but a review word in the repeat keeps it a reviewed item
        ("Ban Thường vụ Huyện ủy ban hành Kế hoạch số 45-KH/HU ngày 5/5/2023 về sơ kết 5 năm thực hiện Nghị quyết số "
         "36-NQ/TW, sơ kết 3 năm thực hiện Chỉ thị số 05-CT/TU của Ban Thường vụ Tỉnh ủy.",
         {("45-KH/HU", "reviews", "36-NQ/TW"), ("45-KH/HU", "reviews", "05-CT/TU")}),
        # regression: a plan drawn up by a higher body's plan ("Kế hoạch được xây dựng theo Kế hoạch số 121/KH-UBND của
        # UBND Thành phố thực hiện Chỉ thị 24, đồng thời căn cứ Kế hoạch số 96-KH/HU …" carried out nothing, and the
        # city's plan rested on the district's)
        ("UBND quận ban hành Kế hoạch số 88/KH-UBND ngày 6/6/2023 về bảo đảm an toàn thực phẩm. Kế hoạch được xây dựng "
         "theo Kế hoạch số 140/KH-UBND ngày 20/5/2023 của UBND Thành phố thực hiện Chỉ thị số 17-CT/TU, đồng thời căn "
         "cứ Kế hoạch số 52-KH/QU ngày 1/6/2023 của Ban Thường vụ Quận ủy.",
         {("88/KH-UBND", "implements", "140/KH-UBND"), ("140/KH-UBND", "implements", "17-CT/TU"),
          ("88/KH-UBND", "based_on", "52-KH/QU")}),
        # regression: a plan listed after the guide a plan is issued by ("Kế hoạch được ban hành theo Hướng dẫn số
        # 125-HD/BTGTW … và Kế hoạch số 27-KH/TW …" carried out the guide only)
        ("Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 205-KH/TU ngày 10/6/2024 về học tập Quy định số 144-QĐ/TW. Kế hoạch "
         "được ban hành theo Hướng dẫn số 125-HD/BTGTW ngày 27/5/2024 của Ban Tuyên giáo Trung ương và Kế hoạch số "
         "27-KH/TW ngày 20/5/2024 của Ban Bí thư về tổ chức học tập các quy định.",
         {("205-KH/TU", "implements", "125-HD/BTGTW"), ("205-KH/TU", "implements", "27-KH/TW")}),
        # regression: "Trên cơ sở đó" after a sentence that issues a document is based on it, though a later sentence
        # carries it out ("… Thủ tướng đã ban hành Quyết định số 1719/QĐ-TTg …. Trên cơ sở đó, HĐND tỉnh ban hành A;
        # UBND tỉnh ban hành Kế hoạch … thực hiện Quyết định 1719" rested A on the resolution the first sentence
        # carried out)
        ("Thực hiện Nghị quyết số 24/2021/QH15 của Quốc hội, Thủ tướng Chính phủ đã ban hành Quyết định số 90/QĐ-TTg "
         "ngày 18/1/2022. Trên cơ sở đó, HĐND tỉnh ban hành Nghị quyết số 15/2022/NQ-HĐND ngày 20/7/2022; UBND tỉnh "
         "ban hành Kế hoạch số 212/KH-UBND thực hiện Quyết định 90.",
         {("90/QĐ-TTg", "implements", "24/2021/QH15"), ("15/2022/NQ-HĐND", "based_on", "90/QĐ-TTg"),
          ("212/KH-UBND", "implements", "90/QĐ-TTg")}),
        # regression: a plural back-reference counted by a number, in lower case ("thực hiện hai quyết định, X đã ban hành
        # A1 và A2" took nothing back: only a capitalised "hai Quyết định" did)
        ("Ban Thường vụ Tỉnh ủy sơ kết 10 năm thực hiện Quyết định số 217-QĐ/TW và Quyết định số 218-QĐ/TW của Bộ Chính "
         "trị. Theo báo cáo, thực hiện hai quyết định, Ban Thường vụ Tỉnh ủy Bình Dương đã ban hành Kế hoạch số "
         "42-KH/TU ngày 5/3/2014.",
         {("42-KH/TU", "implements", "217-QĐ/TW"), ("42-KH/TU", "implements", "218-QĐ/TW")}),
        # regression: … and owned by the central body that issued them ("thực hiện hai quyết định của Bộ Chính trị, X đã ban
        # hành A1 và A2" took nothing back: only "của Trung ương" was an owner)
        ("Đoàn công tác làm việc với Tỉnh ủy Quảng Ngãi về 5 năm thực hiện Quyết định số 217-QĐ/TW và Quyết định số "
         "218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị. Báo cáo cho biết, thực hiện hai quyết định của Bộ Chính trị, Ban "
         "Thường vụ Tỉnh ủy đã ban hành Kế hoạch số 105-KH/TU ngày 10/3/2014 và Quy định số 06-QĐ/TU ngày 25/5/2015.",
         {("105-KH/TU", "implements", "217-QĐ/TW"), ("105-KH/TU", "implements", "218-QĐ/TW"),
          ("06-QĐ/TU", "implements", "217-QĐ/TW"), ("06-QĐ/TU", "implements", "218-QĐ/TW")}),
        # regression: a basis taken over from a body the 2025 reform wound up ("Kế hoạch được xây dựng trên cơ sở kế thừa B"
        # rested on nothing)
        ("Ngày 15/9/2025, Ban Thường vụ Đảng ủy xã Hồng Dân ban hành Kế hoạch số 12-KH/ĐU về chuyển đổi số. Kế hoạch được "
         "xây dựng trên cơ sở kế thừa Kế hoạch số 98-KH/HU ngày 14/3/2025 của Ban Thường vụ Huyện ủy Hồng Dân.",
         {("12-KH/ĐU", "based_on", "98-KH/HU")}),
        # regression: a bare capitalised noun after a linking opener ("Đồng thời, Chương trình triển khai B") was no
        # reference, only one that opens its sentence
        ("Đồng Nai\n\nNgày 2/9/2022, Tỉnh ủy Đồng Nai ban hành Chương trình hành động số 31-CTr/TU về du lịch. Đồng "
         "thời, Chương trình triển khai Nghị quyết số 21-NQ/TW của Ban Chấp hành Trung ương.",
         {("31-CTr/TU", "implements", "21-NQ/TW")}),
        ("Bình Phước\n\nNgày 4/9/2022, Tỉnh ủy ban hành Chương trình hành động số 30-CTr/TU. Ngày 9/9/2022, Tỉnh ủy ban "
         "hành Chương trình hành động số 33-CTr/TU về du lịch. Bên cạnh đó, Chương trình triển khai Nghị quyết số "
         "23-NQ/TW của Ban Chấp hành Trung ương.",
         {("33-CTr/TU", "implements", "23-NQ/TW")}),
        # regression: a lead after a first clause that names its source at length ("Theo Báo cáo số … của …, để cụ thể
        # hóa B, X đã ban hành A") gave nothing
        ("Theo Báo cáo số 412-BC/HU của Ban Thường vụ Huyện ủy Can Lộc, để cụ thể hóa Chương trình số 09-CTr/TU, Huyện "
         "ủy đã ban hành Kế hoạch số 76-KH/HU ngày 3/6/2021.",
         {("76-KH/HU", "implements", "09-CTr/TU")}),
        # … and after the report's review title the lead's B was the report's second object, and B1's
        ("Theo Báo cáo số 130-BC/TU ngày 2-6-2016 của Ban Thường vụ Tỉnh ủy về sơ kết 5 năm thực hiện Chỉ thị 03-CT/TW, "
         "thực hiện Hướng dẫn số 42-HD/BTGTW ngày 6-6-2011 của Ban Tuyên giáo Trung ương, Ban Thường vụ Tỉnh ủy đã ban "
         "hành Kế hoạch số 29-KH/TU ngày 12-7-2011.",
         {("130-BC/TU", "reviews", "03-CT/TW"), ("29-KH/TU", "implements", "42-HD/BTGTW")}),
        # regression: a review's years right before B, with no "thực hiện" ("… về tổng kết 10 năm B") gave nothing
        ("Các địa phương gửi báo cáo theo Kế hoạch số 15-KH/BTGTW ngày 6/4/2023 của Ban Tuyên giáo Trung ương về tổng "
         "kết 10 năm Nghị quyết số 33-NQ/TW.",
         {("15-KH/BTGTW", "reviews", "33-NQ/TW")}),
        # regression: "sau B, X có A", B's coming left unsaid, gave nothing
        ("Để thực hiện Nghị quyết số 20-NQ/TW, Tỉnh ủy ban hành Chương trình hành động số 61-CTr/TU ngày 9/3/2018; sau "
         "Kết luận số 14-KL/TW, Ban Thường vụ Tỉnh ủy có Kế hoạch số 208-KH/TU ngày 2/11/2021.",
         {("61-CTr/TU", "implements", "20-NQ/TW"), ("208-KH/TU", "implements", "14-KL/TW")}),
        # regression: "tổng kết … B1 … và A về tiếp tục thực hiện B1; đồng thời quán triệt C": the meeting's act on C was
        # A's, A being listed after what the meeting reviews
        ("Sáng 20/12, Tỉnh ủy tổ chức hội nghị tổng kết 10 năm thực hiện Nghị quyết số 33-NQ/TW của Ban Chấp hành Trung "
         "ương về văn hóa và Kết luận số 76-KL/TW của Bộ Chính trị về tiếp tục thực hiện Nghị quyết số 33-NQ/TW; đồng "
         "thời quán triệt Kết luận số 84-KL/TW của Bộ Chính trị.",
         {("76-KL/TW", "continues", "33-NQ/TW")}),
        # regression: a notice's report of older plans issued "để triển khai thực hiện" made them carry out the notice, a
        # document of years later
        ("Ngày 14/6/2024, Ban Thường vụ Tỉnh ủy ban hành Thông báo số 618-TB/TU về kết quả 8 năm thực hiện Chỉ thị số "
         "05-CT/TW. Thông báo nêu rõ, Ban Thường vụ Tỉnh ủy đã ban hành Kế hoạch số 37-KH/TU ngày 4/8/2016 để triển khai "
         "thực hiện.",
         {("618-TB/TU", "reviews", "05-CT/TW")}),
        # regression: "kế thừa và thay thế B" gave nothing, nor "vừa được thông qua, thay thế B" after a title ending in
        # its years (only a title of words, read as the phrase's lead-in, carried "vừa")
        ("Nghị quyết số 71-NQ/TU ngày 10/12/2020 của Ban Chấp hành Đảng bộ tỉnh kế thừa và thay thế Nghị quyết số "
         "12-NQ/TU.",
         {("71-NQ/TU", "replaces", "12-NQ/TU")}),
        ("Các sở, ngành triển khai Nghị quyết số 71-NQ/TU ngày 10/12/2020 của Ban Chấp hành Đảng bộ tỉnh về phát triển lâm "
         "nghiệp bền vững giai đoạn 2021 - 2025 vừa được thông qua, thay thế Nghị quyết số 12-NQ/TU.",
         {("71-NQ/TU", "replaces", "12-NQ/TU")}),
        # regression: a clause after the lead's main clause that issues A2, what amends A2 named after it in a passive,
        # was no issuing clause, and A2 carried nothing out
        ("Để thực hiện Nghị quyết số 05-NQ/TU, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 33-KH/TU ngày 9/8/2021; HĐND "
         "tỉnh ban hành Nghị quyết số 21/2021/NQ-HĐND ngày 10/12/2021 về chính sách hỗ trợ, được sửa đổi, bổ sung bởi "
         "Nghị quyết số 08/2023/NQ-HĐND.",
         {("33-KH/TU", "implements", "05-NQ/TU"), ("21/2021/NQ-HĐND", "implements", "05-NQ/TU"),
          ("08/2023/NQ-HĐND", "amends", "21/2021/NQ-HĐND")}),
        # regression: a report named back after a comma that ends A's review title, with what is still to be done with it
        # ("…, báo cáo sơ kết của tỉnh sẽ được gửi …"), was a second object of the review
        ("Báo cáo sơ kết của Ban cán sự đảng UBND tỉnh nêu rõ những kết quả nổi bật. Thực hiện Kế hoạch số 205-KH/TU của "
         "Ban Thường vụ Tỉnh ủy về sơ kết Chỉ thị số 13-CT/TW, báo cáo sơ kết của tỉnh sẽ được gửi Ban Kinh tế Trung ương "
         "trước ngày 15/8/2022.",
         {("205-KH/TU", "reviews", "13-CT/TW")}),
        # regression: the issuing said between a conclusion and its title ("… của Bộ Chính trị vừa được ban hành về tiếp
        # tục thực hiện B") left it untitled, continuing nothing
        ("Hội nghị quán triệt Kết luận số 28-KL/TW ngày 21/2/2022 của Bộ Chính trị vừa được ban hành về tiếp tục thực "
         "hiện Nghị quyết số 23-NQ/TW.",
         {("28-KL/TW", "continues", "23-NQ/TW")}),
        # regression: a youth union's plan listed after what a Party committee's programme carries out was a second object
        # of the programme ("… trên cơ sở Chương trình hành động số 08-CTr/TU … của Tỉnh ủy thực hiện B và Kế hoạch số
        # 03-KH/TWĐTN-VP … của Ban Bí thư Trung ương Đoàn"): the Party committee carries out no mass organisation's plan
        ("Kế hoạch số 56-KH/TĐTN-TG của Ban Thường vụ Tỉnh đoàn được xây dựng trên cơ sở Chương trình hành động số "
         "08-CTr/TU ngày 5/3/2025 của Tỉnh ủy thực hiện Nghị quyết số 57-NQ/TW và Kế hoạch số 03-KH/TWĐTN-VP ngày "
         "15/1/2025 của Ban Bí thư Trung ương Đoàn.",
         {("56-KH/TĐTN-TG", "based_on", "08-CTr/TU"), ("08-CTr/TU", "implements", "57-NQ/TW"),
          ("56-KH/TĐTN-TG", "based_on", "03-KH/TWĐTN-VP")}),
        # regression: a document after "; " that goes on to act on one of its own was one more document amended ("…
        # sửa đổi, bổ sung một số điều của Nghị định số 178/2024/NĐ-CP; Thông tư số 01/2025/TT-BNV … hướng dẫn …")
        ("Sở Nội vụ đề nghị các đơn vị rà soát theo Nghị định số 73/2025/NĐ-CP sửa đổi, bổ sung một số điều của "
         "Nghị định số 29/2023/NĐ-CP; Thông tư số 02/2025/TT-BNV ngày 25/3/2025 của Bộ Nội vụ hướng dẫn thực hiện "
         "Nghị định 29.",
         {("73/2025/NĐ-CP", "amends", "29/2023/NĐ-CP"), ("02/2025/TT-BNV", "implements", "29/2023/NĐ-CP")}),
        # regression: a bare "cùng ngày" between a listed document and its phrase ("… và Chương trình hành động số
        # 21-CTr/TU cùng ngày thực hiện B2") cut the phrase off it
        ("Ban Chấp hành Đảng bộ tỉnh ban hành Chương trình hành động số 20-CTr/TU ngày 12/3/2018 thực hiện Nghị quyết "
         "số 18-NQ/TW và Chương trình hành động số 21-CTr/TU cùng ngày thực hiện Nghị quyết số 19-NQ/TW.",
         {("20-CTr/TU", "implements", "18-NQ/TW"), ("21-CTr/TU", "implements", "19-NQ/TW")}),
        # regression: a province's plan listed after the title of a central document that reviews B was reviewed by it
        # ("Kết luận số 121-KL/TW … về tổng kết Nghị quyết số 18-NQ/TW và Kế hoạch số 339-KH/TU … của Ban Thường vụ Tỉnh
        # ủy …"); it is the outer list's
        ("UBND tỉnh ban hành Kế hoạch số 35/KH-UBND thực hiện Kết luận số 121-KL/TW ngày 24/01/2025 của Ban Chấp hành "
         "Trung ương Đảng về tổng kết Nghị quyết số 18-NQ/TW và Kế hoạch số 412-KH/TU ngày 12/01/2025 của Ban Thường vụ "
         "Tỉnh ủy về sắp xếp tổ chức bộ máy.",
         {("35/KH-UBND", "implements", "121-KL/TW"), ("35/KH-UBND", "implements", "412-KH/TU"),
          ("121-KL/TW", "reviews", "18-NQ/TW")}),
        # regression: a title that lists the pillars of the political system ("… các cơ quan Đảng, chính quyền, Mặt trận
        # Tổ quốc và các đoàn thể …") ended at the capital after the comma, cutting A's phrase off
        ("Ban Thường vụ Đảng ủy phường ban hành Kế hoạch số 09-KH/ĐU về kiện toàn tổ chức bộ máy các cơ quan Đảng, "
         "chính quyền, Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội phường, thực hiện Kế hoạch số 40-KH/TU của "
         "Ban Thường vụ Tỉnh ủy.",
         {("09-KH/ĐU", "implements", "40-KH/TU")}),
        # regression: a lead's document number spaced from its code ("Thực hiện Chỉ thị số 35 - CT/TW …") was read as a
        # byline's place and number ("Quận 8 - "), and the lead opened no clause
        ("Thực hiện Chỉ thị số 45 - CT/TW ngày 14/4/2025 của Bộ Chính trị, Ban Thường vụ Huyện ủy ban hành Kế hoạch số "
         "210-KH/HU.",
         {("210-KH/HU", "implements", "45-CT/TW")}),
        # regression: the "theo" of "kèm theo" read as "according to" the decision ("Quy chế … được ban hành kèm theo
        # Quyết định số 1231/QĐ-UBND …, căn cứ B" gave the decision no basis)
        ("Quy chế phối hợp giữa UBND tỉnh và Liên đoàn Lao động tỉnh được ban hành kèm theo Quyết định số 1231/QĐ-UBND "
         "ngày 10/5/2023 của UBND tỉnh, căn cứ Nghị định số 191/2013/NĐ-CP ngày 21/11/2013 của Chính phủ.",
         {("1231/QĐ-UBND", "based_on", "191/2013/NĐ-CP")}),
        # regression: what a decision replaces after "; " and its basis ("A …, căn cứ B; thay thế C") was nothing replaced
        ("UBND tỉnh ban hành Quyết định số 1231/QĐ-UBND ngày 10/5/2023 về quy chế phối hợp với Liên đoàn Lao động tỉnh, "
         "căn cứ Nghị định số 191/2013/NĐ-CP ngày 21/11/2013 của Chính phủ; thay thế Quyết định số 1375/QĐ-UBND ngày "
         "22/5/2018 của UBND tỉnh.",
         {("1231/QĐ-UBND", "based_on", "191/2013/NĐ-CP"), ("1231/QĐ-UBND", "replaces", "1375/QĐ-UBND")}),
        # regression: a decree detailing "the measures to organise" a law's enforcement ("Nghị định số 31/2019/NĐ-CP … quy
        # định chi tiết một số điều và biện pháp tổ chức thi hành Luật Tố cáo") carried nothing out
        ("Các xã thực hiện Luật Tố cáo năm 2018 và Nghị định số 31/2019/NĐ-CP ngày 10/4/2019 của Chính phủ quy định chi "
         "tiết một số điều và biện pháp tổ chức thi hành Luật Tố cáo.",
         {("31/2019/NĐ-CP", "implements", "Luật#")}),
        # regression: a central steering committee named with its remit ("… của Ban Chỉ đạo cải cách tư pháp Trung ương
        # về tổng kết B") was no body, and the plan's title, after it, reviewed nothing
        ("Thực hiện Kế hoạch số 45-KH/BCĐCCTPTW ngày 10/4/2019 của Ban Chỉ đạo cải cách tư pháp Trung ương về tổng kết "
         "Nghị quyết 49-NQ/TW, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 163-KH/TU ngày 28/5/2019.",
         {("45-KH/BCĐCCTPTW", "reviews", "49-NQ/TW"), ("163-KH/TU", "implements", "45-KH/BCĐCCTPTW")}),
        # regression: a report named by its review of a directive cited before by its number alone, then its body ("Báo
        # cáo sơ kết 5 năm thực hiện Chỉ thị 50 của Ban Thường vụ Tỉnh ủy") was no document, and the body made "Chỉ thị
        # 50" a directive of the province's
        ("Tỉnh ủy sơ kết 5 năm thực hiện Chỉ thị số 50-CT/TW ngày 07/12/2015 của Bộ Chính trị. Theo Báo cáo sơ kết 5 năm "
         "thực hiện Chỉ thị 50 của Ban Thường vụ Tỉnh ủy, tỉnh đã phát hiện 46 vụ việc.",
         {("Báo cáo#", "reviews", "50-CT/TW")}),
        # regression: a guide that guides its addressees through a review of B ("Hướng dẫn … hướng dẫn các tỉnh ủy, thành
        # ủy … tổ chức sơ kết 2 năm thực hiện B") reviewed nothing: "sơ kết" read as a report asked for
        ("Ban Nội chính Trung ương ban hành Hướng dẫn số 12-HD/BNCTW hướng dẫn các tỉnh ủy, thành ủy, đảng ủy trực thuộc "
         "Trung ương tổ chức sơ kết 2 năm thực hiện Chỉ thị số 04-CT/TW ngày 02/6/2021 của Ban Bí thư.",
         {("12-HD/BNCTW", "reviews", "04-CT/TW")}),
        # regression: a passive after a quoted title that names another document ("Kết luận số 12-KL/TW … “về tiếp tục
        # thực hiện Nghị quyết Trung ương 3 khóa X …” đã được Tỉnh ủy cụ thể hóa bằng A") related nothing: the closing
        # quote stood between the title and the passive
        ("Kết luận số 12-KL/TW, ngày 06-4-2022 của Bộ Chính trị “về tiếp tục thực hiện Nghị quyết Trung ương 3 khóa X "
         "về tăng cường sự lãnh đạo của Đảng đối với công tác phòng, chống tham nhũng, lãng phí” đã được Tỉnh ủy cụ thể "
         "hóa bằng Kế hoạch số 89-KH/TU ngày 20-5-2022.",
         {("12-KL/TW", "continues", "Nghị quyết#"), ("89-KH/TU", "implements", "12-KL/TW")}),
        # regression: what a decree does after the aside that names its amendment ("Nghị định số 59/2019/NĐ-CP (sửa đổi,
        # bổ sung bởi A1) quy định chi tiết … thi hành C") was not read: the aside ended the gap
        ("Các cơ quan thực hiện Nghị định số 59/2019/NĐ-CP (sửa đổi, bổ sung bởi Nghị định số 134/2021/NĐ-CP) quy định "
         "chi tiết một số điều và biện pháp thi hành Luật Phòng, chống tham nhũng.",
         {("134/2021/NĐ-CP", "amends", "59/2019/NĐ-CP"), ("59/2019/NĐ-CP", "implements", "Luật#")}),
        # regression: the years a law was amended in, said after it ("Luật … năm 2001, được sửa đổi, bổ sung năm 2009;
        # B2"), ended the list of bases: B2 was no basis
        ("Quyết định số 07/2022/QĐ-UBND được ban hành căn cứ Luật Di sản văn hóa năm 2001, được sửa đổi, bổ sung năm "
         "2009; Nghị định số 166/2018/NĐ-CP ngày 25/12/2018 của Chính phủ.",
         {("07/2022/QĐ-UBND", "based_on", "Luật#"), ("07/2022/QĐ-UBND", "based_on", "166/2018/NĐ-CP")}),
        # regression: the basis after a decree's description that names a law and its amending law ("… quy định chi tiết
        # thi hành … của Luật Di sản văn hóa và Luật sửa đổi, bổ sung … Luật Di sản văn hóa; Thông tư số …") was read as
        # listed inside the description, so it was no basis
        ("Quyết định số 07/2022/QĐ-UBND được ban hành căn cứ Nghị định số 98/2010/NĐ-CP ngày 21/9/2010 của Chính phủ "
         "quy định chi tiết thi hành một số điều của Luật Di sản văn hóa và Luật sửa đổi, bổ sung một số điều của Luật Di "
         "sản văn hóa; Thông tư số 15/2019/TT-BVHTTDL ngày 31/12/2019 của Bộ Văn hóa, Thể thao và Du lịch.",
         {("07/2022/QĐ-UBND", "based_on", "98/2010/NĐ-CP"), ("07/2022/QĐ-UBND", "based_on", "15/2019/TT-BVHTTDL"),
          ("98/2010/NĐ-CP", "implements", "Luật#"), ("Luật#", "amends", "Luật#")}),
        # regression: a plural object described at length, its instances named after "gồm:" ("A thay thế các quy chế
        # làm việc của … nhiệm kỳ trước, gồm: B1 và B2") gave nothing: only a short plural before a colon was read
        ("Quy chế số 04-QC/HU ngày 10/3/2025 của Ban Thường vụ Huyện ủy thay thế các quy chế làm việc của Ban Chấp hành "
         "Đảng bộ huyện, Ban Thường vụ Huyện ủy nhiệm kỳ 2020 - 2025 (đã hết hiệu lực thi hành), gồm: Quy chế số "
         "01-QC/HU ngày 05/11/2020 và Quy chế số 09-QC/HU ngày 20/6/2022.",
         {("04-QC/HU", "replaces", "01-QC/HU"), ("04-QC/HU", "replaces", "09-QC/HU")}),
        # examples after "như" with no colon, each perhaps after its place ("văn bản cụ thể hóa Kết luận, như Hà Nội với
        # A1 …, Đà Nẵng với A2 …" gave nothing)
        ("Các địa phương đã ban hành nhiều văn bản triển khai Chỉ thị số 35-CT/TW, như Nghệ An với Kế hoạch số "
         "250-KH/TU của Ban Thường vụ Tỉnh ủy, hay Quảng Bình với Chương trình số 41-CTr/TU.",
         {("250-KH/TU", "implements", "35-CT/TW"), ("41-CTr/TU", "implements", "35-CT/TW")}),
        ("Tỉnh đã có nhiều kế hoạch thực hiện Nghị quyết số 57-NQ/TW, chẳng hạn như Kế hoạch số 19/KH-UBND ngày "
         "3/3/2025 và Kế hoạch số 25/KH-UBND ngày 9/4/2025.",
         {("19/KH-UBND", "implements", "57-NQ/TW"), ("25/KH-UBND", "implements", "57-NQ/TW")}),
        # regression: "văn bản này" is the document named before, not one named last inside its title ("Kế hoạch số
        # 25-KH/TU về thực hiện Nghị quyết 66-NQ/TW; Kế hoạch của UBND tỉnh là một bước cụ thể hóa văn bản này" was 66)
        ("Hà Nam triển khai Nghị quyết 57-NQ/TW về khoa học, công nghệ\n\nNgày 4/3/2025, UBND tỉnh Hà Nam ban hành Kế "
         "hoạch số 61/KH-UBND triển khai thực hiện Nghị quyết số 03/NQ-CP ngày 9/1/2025 của Chính phủ ban hành Chương "
         "trình hành động thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị. Trước đó, Ban Thường vụ "
         "Tỉnh ủy đã ban hành Kế hoạch số 14-KH/TU ngày 8/2/2025 về thực hiện Nghị quyết 57-NQ/TW; Kế hoạch số "
         "61/KH-UBND là một bước cụ thể hóa văn bản này.",
         {("61/KH-UBND", "implements", "03/NQ-CP"), ("03/NQ-CP", "implements", "57-NQ/TW"),
          ("14-KH/TU", "implements", "57-NQ/TW"), ("61/KH-UBND", "implements", "14-KH/TU")}),
        # regression: the next item's provisions before it ("… một số điều của Luật Đường bộ và Điều 77 của Luật Trật
        # tự, an toàn giao thông đường bộ" carried out the first law only)
        ("Chính phủ ban hành Nghị định số 151/2024/NĐ-CP quy định chi tiết một số điều của Luật số 31/2024/QH15 và "
         "khoản 3 Điều 12 của Luật số 27/2023/QH15.",
         {("151/2024/NĐ-CP", "implements", "31/2024/QH15"), ("151/2024/NĐ-CP", "implements", "27/2023/QH15")}),
        # the basis named first, what it grounds after "là cơ sở để … ban hành" ("Chương trình là cơ sở để UBND tỉnh ban
        # hành Kế hoạch số 95/KH-UBND" gave nothing)
        ("Ban Thường vụ Huyện ủy ban hành Nghị quyết số 09-NQ/HU ngày 3/4/2023. Nghị quyết là cơ sở để UBND huyện ban "
         "hành Đề án số 02/ĐA-UBND ngày 20/6/2023.",
         {("02/ĐA-UBND", "based_on", "09-NQ/HU")}),
        ("Quyết định số 25/2022/QĐ-UBND là căn cứ để các sở ban hành Hướng dẫn số 14/HD-SNV.",
         {("14/HD-SNV", "based_on", "25/2022/QĐ-UBND")}),
        # … after "một loạt", a plural as "hàng loạt" is ("thay thế một loạt nghị định trước đây, gồm: B1; B2" gave nothing)
        ("Thông tư số 12/2024/TT-BTC thay thế một loạt thông tư trước đây, gồm: Thông tư số 45/2018/TT-BTC ngày "
         "7/5/2018; Thông tư số 23/2023/TT-BTC ngày 25/4/2023.",
         {("12/2024/TT-BTC", "replaces", "45/2018/TT-BTC"), ("12/2024/TT-BTC", "replaces", "23/2023/TT-BTC")}),
        # regression: "Trên cơ sở đó" after a sentence that follows B and a second document listed after it rested A on
        # B alone
        ("Việc bảo tồn được triển khai theo Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ phê duyệt "
         "Chương trình và Thông tư số 03/2022/TT-BVHTTDL ngày 12/5/2022 của Bộ Văn hóa, Thể thao và Du lịch hướng dẫn "
         "thực hiện Dự án 6. Trên cơ sở đó, UBND tỉnh ban hành Kế hoạch số 2046/KH-UBND ngày 30/6/2022.",
         {("2046/KH-UBND", "based_on", "1719/QĐ-TTg"), ("2046/KH-UBND", "based_on", "03/2022/TT-BVHTTDL")}),
        # regression: a lower body's document listed after what B carries out ("A nhằm cụ thể hóa B của Tỉnh ủy thực hiện
        # C về … và B2 của Đảng bộ thành phố") was nobody's item: the province's B carries out no city's document
        ("Đảng ủy xã Tà Nung ban hành Nghị quyết số 05-NQ/ĐU ngày 15/3/2023 nhằm cụ thể hóa Chương trình hành động số "
         "18-CTr/TU của Tỉnh ủy Lâm Đồng thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XI về phát triển du lịch chất "
         "lượng cao và Nghị quyết số 06-NQ/TU ngày 20/5/2021 của Ban Chấp hành Đảng bộ thành phố Đà Lạt về phát triển du "
         "lịch.",
         {("05-NQ/ĐU", "implements", "18-CTr/TU"), ("05-NQ/ĐU", "implements", "06-NQ/TU"),
          ("18-CTr/TU", "implements", "Nghị quyết#")}),
        # regression: an item after "và" that does to B what the title of A does ("A về tổng kết B và A2 … về tổng kết
        # B") was A's second object, being of another body
        ("Thực hiện Kết luận số 121-KL/TW ngày 24/01/2025 của Ban Chấp hành Trung ương Đảng về tổng kết Nghị quyết số "
         "18-NQ/TW và Kế hoạch số 141/KH-BCĐTKNQ18 ngày 6/12/2024 của Ban Chỉ đạo Trung ương về tổng kết Nghị quyết 18, "
         "HĐND tỉnh thông qua Nghị quyết số 04/NQ-HĐND.",
         {("121-KL/TW", "reviews", "18-NQ/TW"), ("141/KH-BCĐTKNQ18", "reviews", "18-NQ/TW"),
          ("04/NQ-HĐND", "implements", "121-KL/TW"), ("04/NQ-HĐND", "implements", "141/KH-BCĐTKNQ18")}),
        # regression: a youth union's plan with a Party-style symbol was taken for a Party committee's, which carries
        # out no state plan of its province, and lost the province's plan it carries out
        ("Ban Thường vụ Tỉnh đoàn Bắc Giang ban hành Kế hoạch số 48-KH/TĐTN-TNNT ngày 5/3/2022 nhằm thực hiện Chỉ thị "
         "số 19/CT-TTg của Thủ tướng Chính phủ và Kế hoạch số 112/KH-UBND ngày 20/1/2022 của UBND tỉnh về bảo vệ môi "
         "trường nông thôn.",
         {("48-KH/TĐTN-TNNT", "implements", "19/CT-TTg"), ("48-KH/TĐTN-TNNT", "implements", "112/KH-UBND")}),
        # regression: a guide or plan named in full after "và", past what a listed B carries out named short, was a
        # second document B carries out; it is the outer list's next item (a rule so named B still carries out)
        ("Kế hoạch số 45-KH/HU ngày 10/9/2019 của Ban Thường vụ Huyện ủy Thanh Miện được xây dựng trên cơ sở Kế hoạch "
         "số 152-KH/TU ngày 25/7/2019 của Ban Thường vụ Tỉnh ủy thực hiện Chỉ thị số 36-CT/TW và Hướng dẫn số "
         "27-HD/BTGTW ngày 2/7/2019 của Ban Tuyên giáo Trung ương.",
         {("45-KH/HU", "based_on", "152-KH/TU"), ("45-KH/HU", "based_on", "27-HD/BTGTW"),
          ("152-KH/TU", "implements", "36-CT/TW")}),
        ("UBND tỉnh ban hành Kế hoạch số 30/KH-UBND ngày 5/3/2018 căn cứ Nghị quyết số 08/NQ-CP ngày 24/1/2018 của Chính "
         "phủ ban hành Chương trình hành động thực hiện Nghị quyết số 19-NQ/TW và Kế hoạch số 09-KH/TW ngày 20/12/2017 "
         "của Bộ Chính trị.",
         {("30/KH-UBND", "based_on", "08/NQ-CP"), ("30/KH-UBND", "based_on", "09-KH/TW"),
          ("08/NQ-CP", "implements", "19-NQ/TW")}),
        ("Kế hoạch số 112-KH/TU ngày 10/1/2022 của Ban Thường vụ Tỉnh ủy được ban hành căn cứ Kế hoạch số 03-KH/TW ngày "
         "18/11/2021 của Bộ Chính trị thực hiện Kết luận số 21-KL/TW và Quy định số 37-QĐ/TW ngày 25/10/2021 của Ban "
         "Chấp hành Trung ương.",
         {("112-KH/TU", "based_on", "03-KH/TW"), ("03-KH/TW", "implements", "21-KL/TW"),
          ("03-KH/TW", "implements", "37-QĐ/TW")}),
        # regression: the second item issued by "Tỉnh ủy đã ban hành A1 và A2 của Ban Chấp hành Đảng bộ tỉnh" names another
        # organ of the same committee as its issuer; it was no issued item, so the lead's relation went to A1 alone
        ("Thực hiện Nghị quyết số 19-NQ/TW ngày 16/6/2022 của Ban Chấp hành Trung ương về nông nghiệp, nông dân, nông "
         "thôn, Tỉnh ủy đã ban hành Chương trình hành động số 21-CTr/TU ngày 5/9/2022 và Nghị quyết số 07-NQ/TU ngày "
         "10/12/2022 của Ban Chấp hành Đảng bộ tỉnh về phát triển nông nghiệp hữu cơ.",
         {("21-CTr/TU", "implements", "19-NQ/TW"), ("07-NQ/TU", "implements", "19-NQ/TW")}),
        ("Để thực hiện Chỉ thị số 35-CT/TW của Bộ Chính trị, Ban Thường vụ Tỉnh ủy đã ban hành Kế hoạch số 120-KH/TU ngày "
         "2/7/2024 và Hướng dẫn số 15-HD/TU của Tỉnh ủy về công tác nhân sự.",
         {("120-KH/TU", "implements", "35-CT/TW"), ("15-HD/TU", "implements", "35-CT/TW")}),
        # an amending or replacing document's list goes on past a "; " after an item whose description names a law:
        # the next item, of the source's type and an earlier year, is amended too, not the source's sibling
        ("Nghị định số 12/2019/NĐ-CP sửa đổi, bổ sung một số điều của hai nghị định: Nghị định số 38/2015/NĐ-CP ngày "
         "24/4/2015 quy định chi tiết một số điều của Luật Bảo vệ môi trường; Nghị định số 40/2016/NĐ-CP ngày 15/5/2016 "
         "quy định về tài nguyên nước.",
         {("12/2019/NĐ-CP", "amends", "38/2015/NĐ-CP"), ("12/2019/NĐ-CP", "amends", "40/2016/NĐ-CP"),
          ("38/2015/NĐ-CP", "implements", "Luật#")}),
        ("Thông tư số 09/2022/TT-BXD thay thế Thông tư số 05/2016/TT-BXD ngày 10/3/2016 hướng dẫn thi hành một số điều "
         "của Luật Xây dựng; Thông tư số 11/2017/TT-BXD ngày 16/10/2017 hướng dẫn một số nội dung của Luật Xây dựng về "
         "chi phí và Thông tư số 02/2018/TT-BXD.",
         {("09/2022/TT-BXD", "replaces", "05/2016/TT-BXD"), ("09/2022/TT-BXD", "replaces", "11/2017/TT-BXD"),
          ("09/2022/TT-BXD", "replaces", "02/2018/TT-BXD"), ("05/2016/TT-BXD", "implements", "Luật#"),
          ("11/2017/TT-BXD", "implements", "Luật#")}),
        # a meeting's report named by its review alone, after the meeting, reviews what the meeting reviews
        ("Sáng 12/5, Ban Thường vụ Huyện ủy Can Lộc tổ chức hội nghị tổng kết 10 năm thực hiện Chỉ thị số 29-CT/TW ngày "
         "25/7/2013 của Ban Bí thư. Theo báo cáo tổng kết của Ban Thường vụ Huyện ủy, toàn huyện có 95% gia đình đạt "
         "chuẩn văn hóa.",
         {("Báo cáo#", "reviews", "29-CT/TW")}),
        ("Tại hội nghị sơ kết 3 năm thực hiện Nghị quyết số 05-NQ/TU của Ban Chấp hành Đảng bộ tỉnh và Kế hoạch số "
         "20-KH/TU, Báo cáo sơ kết của UBND tỉnh nêu rõ nhiều hạn chế.",
         {("Báo cáo#", "reviews", "05-NQ/TU"), ("Báo cáo#", "reviews", "20-KH/TU")}),
        # regression: a report adopted by its results of carrying out a document named after it, as an item after
        # "; " ("… thông qua Báo cáo sơ kết …; Báo cáo kết quả thực hiện Kế hoạch số 25-KH/HU" was no report)
        ("Hội nghị Ban Chấp hành Đảng bộ huyện đã thông qua Báo cáo sơ kết giữa nhiệm kỳ thực hiện Nghị quyết số "
         "07-NQ/HU; Báo cáo kết quả thực hiện Kế hoạch số 25-KH/HU ngày 3/3/2022 của Ban Thường vụ Huyện ủy.",
         {("Báo cáo#", "reviews", "07-NQ/HU"), ("Báo cáo#", "reviews", "25-KH/HU")}),
        ("Kỳ họp đã thông qua Báo cáo kết quả triển khai Nghị quyết số 12/NQ-HĐND của HĐND tỉnh về phát triển du lịch.",
         {("Báo cáo#", "reviews", "12/NQ-HĐND")}),
        # … not one of results of tasks
        ("Hội nghị đã thông qua Báo cáo sơ kết giữa nhiệm kỳ thực hiện Nghị quyết số 07-NQ/HU; Báo cáo kết quả thực "
         "hiện nhiệm vụ năm 2024 theo Kế hoạch số 25-KH/HU.",
         {("Báo cáo#", "reviews", "07-NQ/HU")}),
        # a bracketed aside inside the name of what a decision carries (its period, its term) still names the decision
        ("HĐND tỉnh thông qua Nghị quyết số 21/2023/NQ-HĐND sửa đổi, bổ sung Quy định mức thu phí tham quan (áp dụng từ "
         "năm 2021) tại các điểm du lịch ban hành kèm theo Nghị quyết số 14/2020/NQ-HĐND ngày 10/12/2020 của HĐND tỉnh.",
         {("21/2023/NQ-HĐND", "amends", "14/2020/NQ-HĐND")}),
        ("Ban Thường vụ Huyện ủy ban hành Quyết định số 315-QĐ/HU thay thế Quy chế làm việc của Ban Chấp hành Đảng bộ "
         "huyện (khóa XXII) ban hành kèm theo Quyết định số 05-QĐ/HU ngày 12/10/2020.",
         {("315-QĐ/HU", "replaces", "05-QĐ/HU")}),
        # how often it was amended, between the passive and its agent
        ("Nghị quyết số 12/2018/NQ-HĐND của HĐND tỉnh đã được sửa đổi, bổ sung một lần bởi Nghị quyết số 30/2021/NQ-HĐND "
         "ngày 8/12/2021.", {("30/2021/NQ-HĐND", "amends", "12/2018/NQ-HĐND")}),
        ("Quyết định số 44/2016/QĐ-UBND được sửa đổi, bổ sung hai lần tại Quyết định số 12/2019/QĐ-UBND và Quyết định số "
         "07/2022/QĐ-UBND.", {("12/2019/QĐ-UBND", "amends", "44/2016/QĐ-UBND"),
                              ("07/2022/QĐ-UBND", "amends", "44/2016/QĐ-UBND")}),
        # the day a law was passed, held by its citation, then "và có hiệu lực …, thay thế"
        ("Luật Thủy lợi số 08/2017/QH14 được Quốc hội thông qua ngày 19/6/2017 và có hiệu lực từ ngày 01/7/2018, thay thế "
         "Pháp lệnh Khai thác và bảo vệ công trình thủy lợi số 32/2001/PL-UBTVQH10.",
         {("08/2017/QH14", "replaces", "32/2001/PL-UBTVQH10")}),
        # in a list of bases, after "; " that closes what an item amends, a ministry's circular is the next basis, not one
        # more document the Government's decree amends
        ("UBND tỉnh ban hành Quyết định số 21/2018/QĐ-UBND căn cứ Nghị định số 59/2015/NĐ-CP ngày 18/6/2015 của Chính "
         "phủ về quản lý dự án và Nghị định số 42/2017/NĐ-CP ngày 5/4/2017 sửa đổi, bổ sung một số điều của Nghị định "
         "59/2015/NĐ-CP; Thông tư số 18/2016/TT-BXD ngày 30/6/2016 của Bộ Xây dựng.",
         {("21/2018/QĐ-UBND", "based_on", "59/2015/NĐ-CP"), ("21/2018/QĐ-UBND", "based_on", "42/2017/NĐ-CP"),
          ("21/2018/QĐ-UBND", "based_on", "18/2016/TT-BXD"), ("42/2017/NĐ-CP", "amends", "59/2015/NĐ-CP")}),
        # a law amended by an amending law of an earlier year, named by the same name as the new law, is not the new law
        ("Luật Thi hành án dân sự số 45/2025/QH15 có hiệu lực từ 01/7/2026, thay thế Luật Thi hành án dân sự năm 2008 và "
         "Luật sửa đổi, bổ sung một số điều của Luật Thi hành án dân sự năm 2014.",
         {("45/2025/QH15", "replaces", "Luật#"), ("45/2025/QH15", "replaces", "Luật#")}),
        # the programme A's title names is A's, of A's day: what the list names after, of a later day, is its next item
        ("Cùng thời gian, Chính phủ ban hành Nghị quyết số 41/NQ-CP ngày 4/4/2023 về Chương trình hành động của Chính phủ "
         "thực hiện Nghị quyết số 29-NQ/TW và Nghị quyết số 45/NQ-CP ngày 8/4/2023 ban hành Kế hoạch triển khai Nghị "
         "quyết 81/2023/QH15.",
         {("41/NQ-CP", "implements", "29-NQ/TW"), ("45/NQ-CP", "implements", "81/2023/QH15")}),
        # a plural back-reference closed by "đó" or "ấy" takes back the documents of its kind just named, as "trên"
        ("Năm 2018, Ban Chấp hành Trung ương ban hành Nghị quyết số 26-NQ/TW và Nghị quyết số 27-NQ/TW về công tác cán bộ "
         "và tiền lương. Để thực hiện các nghị quyết đó, Ban Thường vụ Tỉnh ủy đã ban hành Kế hoạch số 112-KH/TU ngày "
         "4/9/2018.", {("112-KH/TU", "implements", "26-NQ/TW"), ("112-KH/TU", "implements", "27-NQ/TW")}),
        ("Bộ Chính trị ban hành Chỉ thị số 21-CT/TW ngày 20/1/2023 và Kết luận số 48-KL/TW ngày 30/1/2023. Quán triệt các "
         "văn bản ấy, UBND tỉnh ban hành Kế hoạch số 60/KH-UBND ngày 2/3/2023 về phát triển du lịch.",
         {("60/KH-UBND", "implements", "21-CT/TW"), ("60/KH-UBND", "implements", "48-KL/TW")}),
        # regression: the bodies a main clause's subject acts with, their list holding a comma ("các sở, ngành"), hid the
        # main clause from its lead: the plan carried out nothing
        ("Thực hiện Kế hoạch số 15/KH-BCA ngày 3/2/2020 của Bộ Công an, đơn vị đã phối hợp với các sở, ngành tham "
         "mưu cho UBND tỉnh ban hành Kế hoạch số 88/KH-UBND ngày 20/3/2020.", {("88/KH-UBND", "implements", "15/KH-BCA")}),
        ("Thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị, ngành Tuyên giáo đã chủ trì, phối hợp với các cơ quan, đơn "
         "vị xây dựng Kế hoạch số 30-KH/BTGTU ngày 2/8/2016.", {("30-KH/BTGTU", "implements", "05-CT/TW")}),
        # regression: provisions of B named by what they set between the phrase and "quy định tại B" ("sửa đổi, bổ sung một
        # số mức hỗ trợ … quy định tại Nghị quyết 30a/2008/NQ-CP") amended nothing
        ("Thủ tướng Chính phủ ký Quyết định số 1722/QĐ-TTg ngày 2/9/2016 sửa đổi, bổ sung một số mức hỗ trợ khám chữa "
         "bệnh quy định tại Quyết định số 139/2002/QĐ-TTg.", {("1722/QĐ-TTg", "amends", "139/2002/QĐ-TTg")}),
        ("HĐND tỉnh thông qua Nghị quyết số 12/2021/NQ-HĐND sửa đổi một số định mức chi quy định tại Nghị quyết số "
         "45/2017/NQ-HĐND.", {("12/2021/NQ-HĐND", "amends", "45/2017/NQ-HĐND")}),
        # a long title that ends with what is done "trong" carrying B out (its words before the phrase were too many)
        ("Thành ủy ban hành Quy định số 10-QĐ/TU ngày 26/4/2024 về trách nhiệm nêu gương của cán bộ, đảng viên thuộc "
         "diện Ban Thường vụ Thành ủy quản lý trong thực hiện Nghị quyết số 98/2023/QH15.",
         {("10-QĐ/TU", "implements", "98/2023/QH15")}),
        ("UBND tỉnh ban hành Chỉ thị số 11/CT-UBND về tăng cường kỷ luật, kỷ cương, không né tránh, đùn đẩy trách nhiệm "
         "trong triển khai Nghị quyết số 57-NQ/TW.", {("11/CT-UBND", "implements", "57-NQ/TW")}),
        # the documents a sentence counts carry out what it says, each of the list that opens the next sentence
        ("Tại kỳ họp, HĐND tỉnh đã thông qua 8 nghị quyết để triển khai Nghị quyết số 137/2024/QH15 của Quốc hội về "
         "thí điểm một số cơ chế đặc thù. Trong đó, Nghị quyết số 21/2024/NQ-HĐND quy định mức hỗ trợ cán bộ.",
         {("21/2024/NQ-HĐND", "implements", "137/2024/QH15")}),
        # regression: a clause after "; " singling out one of the main clause's bodies ("riêng Huyện ủy …", "điển hình là
        # UBND huyện …") issued nothing under the lead
        ("Thực hiện Chỉ thị số 12-CT/TU ngày 5/3/2021 của Ban Thường vụ Tỉnh ủy, các huyện ủy đều đã ban hành văn bản chỉ "
         "đạo; riêng Huyện ủy Than Uyên ban hành Nghị quyết chuyên đề số 07-NQ/HU ngày 20/4/2021.",
         {("07-NQ/HU", "implements", "12-CT/TU")}),
        ("Thực hiện Nghị quyết số 30-NQ/TU của Tỉnh ủy, các huyện đã cụ thể hóa bằng nhiều văn bản; điển hình là UBND "
         "huyện Tam Đường ban hành Kế hoạch số 88/KH-UBND ngày 2/6/2023.", {("88/KH-UBND", "implements", "30-NQ/TU")}),
        # regression: "quán triệt và cụ thể hóa" opening the sentence, and "dựa trên" as "trên cơ sở", stated nothing
        ("Quán triệt và cụ thể hóa Kết luận số 54-KL/TW của Bộ Chính trị, Ban Thường vụ Huyện ủy Văn Chấn ban hành "
         "Chương trình số 22-CTr/HU ngày 9/3/2020.", {("22-CTr/HU", "implements", "54-KL/TW")}),
        ("Kế hoạch số 1200/KH-UBND ngày 8/3/2022 của UBND tỉnh được xây dựng dựa trên Chỉ thị số 15-CT/TU của Ban Thường "
         "vụ Tỉnh ủy.", {("1200/KH-UBND", "based_on", "15-CT/TU")}),
        # regression: a lead of B studied first ("Sau khi quán triệt B, …", "Ngay sau Hội nghị quán triệt B, …") stated nothing
        ("Sau khi quán triệt Nghị quyết số 19-NQ/TW của Ban Chấp hành Trung ương, Ban Thường vụ Huyện ủy Mù Cang Chải đã "
         "ban hành Kế hoạch số 88-KH/HU ngày 2/8/2022.", {("88-KH/HU", "implements", "19-NQ/TW")}),
        ("Ngay sau Hội nghị quán triệt Chỉ thị số 35-CT/TW của Bộ Chính trị, Ban Thường vụ Tỉnh ủy đã ban hành Kế hoạch số "
         "210-KH/TU ngày 15/7/2024.", {("210-KH/TU", "implements", "35-CT/TW")}),
        # regression: a few words on what the aim is about between "Để"/"Nhằm" and the phrase ("Để lãnh đạo thực hiện thắng
        # lợi B, …", "Nhằm nâng cao hiệu quả thực hiện B, …") hid the lead
        ("Để lãnh đạo thực hiện thắng lợi Nghị quyết số 14-NQ/TU của Tỉnh ủy, Ban Thường vụ Huyện ủy Yên Châu ban hành "
         "Chương trình hành động số 20-CTr/HU ngày 7/3/2022.", {("20-CTr/HU", "implements", "14-NQ/TU")}),
        ("Nhằm nâng cao hiệu quả thực hiện Chỉ thị số 13-CT/TW của Ban Bí thư, Ban Thường vụ Huyện ủy Sốp Cộp ban hành Kế "
         "hoạch số 45-KH/HU ngày 4/3/2022.", {("45-KH/HU", "implements", "13-CT/TW")}),
        # regression: "Cụ thể hóa chủ trương của Tỉnh ủy tại B" stated nothing ("thực hiện chủ trương của … tại" did)
        ("Cụ thể hóa chủ trương của Tỉnh ủy tại Nghị quyết số 13-NQ/TU, UBND tỉnh ban hành Đề án số 02/ĐA-UBND ngày "
         "6/3/2022.", {("02/ĐA-UBND", "implements", "13-NQ/TU")}),
    ],
)
def test_relations(text, expected):
    assert relations(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # merely listed together
        "Tiếp tục quán triệt Nghị quyết số 25-NQ/TW; Chỉ thị số 33-CT/TU và Kế hoạch số 177-KH/TU.",
        # the committees' next act after a comma, not the plan's
        "Huyện ủy quán triệt Nghị quyết số 44-NQ/TW và Kết luận số 81-KL/TW. Các chi bộ quán triệt Kế hoạch số 22-KH/HU, "
        "thực hiện nghiêm các văn bản nêu trên.",
        # a letter asking for a report on the documents a plural back-reference takes back does not carry them out
        "Quốc hội ban hành Nghị quyết số 198/2025/QH15 và Nghị quyết số 206/2025/QH15. UBND tỉnh ban hành Công văn số "
        "1234/UBND-TH yêu cầu các sở báo cáo kết quả thực hiện các nghị quyết trên.",
        # … nor is "trên" before a place ("triển khai thi hành các luật trên địa bàn huyện": a preposition)
        "Quốc hội thông qua Luật Đất đai số 31/2024/QH15 và Luật Nhà ở số 27/2023/QH15. UBND huyện đã ban hành Kế hoạch "
        "số 98/KH-UBND ngày 28/6/2024 triển khai thi hành các luật trên địa bàn huyện.",
        # the sentence after a generic "kế hoạch thực hiện B" opens with "Trong đó" but issues no plan
        "Các huyện ủy đã ban hành kế hoạch thực hiện Chỉ thị số 35-CT/TW. Trong đó, UBND tỉnh ban hành Quyết định số "
        "12/QĐ-UBND về kiện toàn Ban Chỉ đạo.",
        "sau 5 năm thực hiện Nghị quyết số 33-NQ/TW và chương trình hành động số 33 của Tỉnh ủy, văn hóa phát triển",
        # regression: "cụ thể hóa bằng A" whose object its own sentence names by noun and title is no act on the plan
        # the sentence before issues
        "UBND huyện ban hành Kế hoạch số 185/KH-UBND ngày 20/7/2021 về trồng rừng gỗ lớn. Với nghị quyết về nông thôn "
        "mới, UBND huyện cụ thể hóa bằng Kế hoạch số 190/KH-UBND ngày 28/7/2021.",
        # years spent on B, then a document that is no review of it
        "Đánh giá 5 năm thực hiện Nghị quyết số 33-NQ/TW, Ban Thường vụ Tỉnh ủy ban hành Chỉ thị số 12-CT/TU về "
        "phát triển văn hóa.",
        "Sau 5 năm thực hiện Nghị quyết số 33-NQ/TW, Ban Thường vụ Tỉnh ủy ban hành Chỉ thị số 12-CT/TU về "
        "phát triển văn hóa.",
        # regression: "giao" of "giao thông" in the main clause after "Theo Chỉ thị, sau hơn 10 năm thực hiện B, …" was
        # read as a directing verb, so the directive carried out B
        "Ban Thường vụ Tỉnh ủy ban hành Chỉ thị số 29-CT/TU về bảo đảm trật tự, an toàn giao thông.\n\nTheo Chỉ thị, "
        "sau hơn 10 năm thực hiện Chỉ thị số 18-CT/TW ngày 04/9/2012 của Ban Bí thư khóa XI, tình hình trật tự, an toàn "
        "giao thông trên địa bàn tỉnh có chuyển biến tích cực.",
        # an event is no document
        "Tỉnh ủy tổ chức hội nghị sơ kết 5 năm thực hiện Nghị quyết số 33-NQ/TW.",
        # a new directive that tells cấp ủy to keep implementing older documents does not implement them
        "Ban Thường vụ Tỉnh ủy vừa ban hành Chỉ thị về công tác dân vận. Chỉ thị yêu cầu tiếp tục quán triệt "
        "Nghị quyết số 25-NQ/TW.",
        # a clause opened by the phrase whose main clause issues nothing
        "Quán triệt và thực hiện Kết luận số 100-KL/TW, các cấp ủy trong tỉnh đã có nhiều chuyển biến.",
        # a level word that does not issue is no main clause
        "Triển khai Nghị quyết số 57-NQ/TW, tỉnh tổ chức hội nghị; Kế hoạch số 12-KH/TU được phổ biến.",
        # regression: a title that asks others to act ("trong đó yêu cầu …") does not act itself
        "Ban Bí thư ban hành Chỉ thị 15-CT/TW ngày 12/2/2023 về tăng cường sự lãnh đạo của Đảng, trong đó yêu "
        "cầu tổng kết Nghị quyết 21-NQ/TW.",
        # a comma that ends a title and opens a clause of another subject
        "Tỉnh ủy ban hành Kế hoạch số 15-KH/TU về ra quân làm đường giao thông nông thôn năm 2025, các xã "
        "thực hiện Nghị quyết số 02-NQ/ĐU.",
        # a clause after "; " that is no lead ends the preamble
        "Căn cứ Nghị định số 30/2020/NĐ-CP; các sở đã rà soát, UBND tỉnh ban hành Quyết định số 987/QĐ-UBND.",
        # a list after a document the plans do not stand for
        "Tỉnh ủy thực hiện Chỉ thị số 35-CT/TW, như: Kế hoạch số 12-KH/TU và Kế hoạch số 14-KH/TU.",
        # a next sentence's list after a main clause that issues nothing
        "Thực hiện Chỉ thị số 35-CT/TW, Huyện ủy đã tổ chức nhiều hội nghị. Trong đó có hội nghị quán triệt "
        "Kế hoạch số 150-KH/TU của Tỉnh ủy.",
        # a lead that names nothing after a sentence that names no document
        "Năm 2024, tỉnh đặt mục tiêu giảm nghèo 2%. Để thực hiện, UBND tỉnh ban hành Kế hoạch số 12/KH-UBND.",
        # a report of a year's work reviews no document
        "Ngày 5/1/2025, UBND tỉnh ban hành Kế hoạch số 12/KH-UBND về cải cách hành chính. Báo cáo số 30/BC-UBND "
        "tổng kết công tác năm 2024 cho thấy nhiều kết quả.",
        # "trên cơ sở" an assessment, not a document
        "Kế hoạch số 12-KH/ĐU được xây dựng trên cơ sở đánh giá kết quả thực hiện Nghị quyết số 05-NQ/TU.",
        # results of implementing, not a document implementing
        "việc tổng kết Nghị quyết số 33-NQ/TW sẽ gắn với đánh giá kết quả triển khai Nghị quyết số 05-NQ/TU.",
        # a description, then a clause that asks others: not what the decision does
        "UBND tỉnh ban hành Quyết định số 15/QĐ-UBND quy định giá đất, đồng thời đề nghị các sở thực hiện Nghị quyết "
        "số 08-NQ/TW.",
        # a description ends with its sentence
        "UBND tỉnh ban hành Quyết định số 15/2024/QĐ-UBND quy định chức năng của Sở Nội vụ. Thay thế Quyết định số "
        "20/2016/QĐ-UBND là yêu cầu cấp thiết.",
        # a directive (no letter) that directs others to carry B out does not carry it out itself
        "Ban Thường vụ Tỉnh ủy ban hành Chỉ thị số 12-CT/TU ngày 3/4/2024 chỉ đạo các cấp ủy tiếp tục thực hiện "
        "Nghị quyết số 25-NQ/TW.",
        # ... and only in its preamble, not in a section of its body
        "HUYỆN ỦY ĐẠI TỪ\n*\nSố 245-KH/HU      Đại Từ, ngày 12 tháng 11 năm 2024\n\nKẾ HOẠCH\ncông tác năm 2025\n\n"
        "I. NHIỆM VỤ\nThực hiện Kế hoạch số 68-KH/TU của Ban Thường vụ Tỉnh ủy, Đảng ủy các xã báo cáo kết quả như sau:\n",
        # a main clause that announces what follows relates the printed document only; a news page prints none
        "Thực hiện Chỉ thị số 13-CT/TW của Ban Bí thư, UBND tỉnh yêu cầu các sở, ngành thực hiện tốt các nội dung sau:\n"
        "1. Tuyên truyền.",
        # a letter that asks for a report of results on B does not carry B out
        "Thủ tướng ký Công điện số 123/CĐ-TTg. Công điện 123 yêu cầu các địa phương báo cáo kết quả thực hiện "
        "Quyết định số 1226/QĐ-TTg trước ngày 30/9/2025.",
        # regression: a steering committee named by its task ("Ban Chỉ đạo thực hiện B") is no relation
        "Ban Thường vụ Quận ủy ban hành Quyết định số 890-QĐ/QU ngày 05/3/2023 về kiện toàn Ban Chỉ đạo thực hiện "
        "Kết luận số 21-KL/TW.",
        # regression: … nor a working group ("… Quyết định số 1006/QĐ-UBND … về kiện toàn Tổ công tác triển khai Đề án 06
        # cấp huyện" carried the scheme out)
        "Thủ tướng ban hành Quyết định số 06/QĐ-TTg. UBND huyện ban hành Quyết định số 412/QĐ-UBND ngày 3/8/2023 về "
        "kiện toàn Tổ công tác triển khai Quyết định số 06/QĐ-TTg cấp huyện.",
        # a lead with a bare lower-case noun whose main clause issues nothing
        "Thành ủy ban hành Chương trình hành động số 30-CTr/TU. Để thực hiện chương trình hành động, các xã đã tổ chức "
        "hội nghị quán triệt.",
        # a plural back-reference whose main clause issues nothing
        "Bộ Chính trị ban hành Nghị quyết số 18-NQ/TW và Nghị quyết số 19-NQ/TW. Thực hiện các nghị quyết trên, các "
        "cấp ủy đã tổ chức quán triệt đến cán bộ, đảng viên.",
        # regression: a document after "Theo" and a comma is the source of what follows, not its subject ("Theo Thông
        # báo, thực hiện Công điện số 55/CĐ-TTg …, các địa phương đã chủ động triển khai …" made the notice implement it)
        "UBND tỉnh ban hành Thông báo số 412/TB-UBND. Theo Thông báo, thực hiện Công điện số 55/CĐ-TTg ngày 5/6/2024 của "
        "Thủ tướng Chính phủ, các địa phương đã chủ động triển khai các biện pháp phòng dịch.",
        "Theo Thông báo số 412/TB-UBND của UBND tỉnh, thực hiện Công điện số 55/CĐ-TTg, các địa phương đã triển khai.",
        # … not after an assessment of B
        "Hội nghị đã đánh giá kết quả thực hiện Nghị quyết số 18-NQ/TW. Trên cơ sở đó, UBND tỉnh ban hành Kế hoạch số "
        "12/KH-UBND.",
        # a document that expires with nothing named to take its place
        "Quyết định số 12/2019/QĐ-UBND hết hiệu lực kể từ ngày 1/7/2025.",
        # "sau đó" after a comma: the body goes on to act, the document does not
        "UBND huyện tổ chức quán triệt Chỉ thị số 05-CT/TW, sau đó triển khai Kế hoạch số 20/KH-UBND đến các xã.",
        # regression: a document about inspecting how B is carried out does not carry it out ("Quyết định số 1256-QĐ/TU
        # về kiểm tra việc lãnh đạo, chỉ đạo thực hiện Kết luận số 21-KL/TW" implemented it)
        "Ngày 8/5/2023, Ban Thường vụ Tỉnh ủy ban hành Quyết định số 1256-QĐ/TU về kiểm tra việc lãnh đạo, chỉ đạo thực "
        "hiện Kết luận số 21-KL/TW.",
        "Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 56-KH/TU về kiểm tra, giám sát việc thực hiện Chỉ thị số 35-CT/TW.",
        "Ban Thường vụ Tỉnh ủy đã ban hành kế hoạch giám sát việc thực hiện Chỉ thị số 35-CT/TW.",
        "Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 56-KH/TU về giám sát chuyên đề việc thực hiện Chỉ thị số 35-CT/TW.",
        "Trước đó, Ban Thường vụ Tỉnh ủy đã ban hành Kết luận số 215-KL/TU ngày 2/10/2023 về kết quả kiểm tra việc thực "
        "hiện Nghị quyết số 09-NQ/TU.",
        # a pair of bare lower-case nouns is generic: no document taken back
        "Ban Bí thư ban hành Chỉ thị số 41-CT/TW ngày 5/11/2024. Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 290-KH/TU "
        "triển khai thực hiện chỉ thị, nghị quyết của Trung ương.",
        # … not when the sentence before names no document
        "UBND tỉnh ban hành Công văn số 1520/UBND-YT ngày 7/3/2022. Cùng với đó, Ban Chỉ đạo tỉnh chỉ đạo ngành y tế chuẩn "
        "bị đủ thuốc. Trên tinh thần đó, Sở Y tế ban hành Kế hoạch số 215/KH-SYT ngày 10/3/2022.",
        # … nor a bare lower-case noun after a committee named by its task (265d93f made the decision implement 06/QĐ-TTg)
        "Thủ tướng ban hành Quyết định số 06/QĐ-TTg phê duyệt Đề án 06. UBND tỉnh ban hành Quyết định số 12/QĐ-UBND về "
        "việc kiện toàn Ban Chỉ đạo thực hiện đề án.",
        # regression: a meeting's second act after what it reviews ("… tổ chức hội nghị tổng kết 5 năm thực hiện Nghị
        # quyết Đại hội …, đồng thời triển khai Hướng dẫn số 36-HD/CCB" made the resolution carry out the guide)
        "Ngày 18/7/2022, Hội Cựu chiến binh tỉnh tổ chức hội nghị tổng kết 5 năm thực hiện Chỉ thị số 05-CT/TW, đồng "
        "thời triển khai Hướng dẫn số 36-HD/CCB.",
        # regression: … and a document the clause's subject acts on ("quán triệt tinh thần A, đồng thời thực hiện tốt B"
        # gave A implements B)
        "Vì vậy, các cấp ủy cần quán triệt sâu sắc tinh thần Kết luận số 121-KL/TW, đồng thời thực hiện tốt Quy định số "
        "124-QĐ/TW và Quy định số 148-QĐ/TW ngày 23/5/2024 của Ban Chấp hành Trung ương.",
        "Các cấp ủy tiếp tục triển khai Chỉ thị số 05-CT/TW, đồng thời thực hiện nghiêm Quy định số 08-QĐi/TW.",
        # … past the title of what it acts on ("tỉnh triển khai Nghị quyết số 12/NQ-CP … về … giai đoạn 2019 - 2021, đồng
        # thời thực hiện Kế hoạch số 05/KH-UBATGTQG" made the Government's resolution carry out the committee's plan)
        "Năm 2019, tỉnh triển khai Nghị quyết số 12/NQ-CP ngày 19/2/2019 của Chính phủ về tăng cường bảo đảm trật tự an "
        "toàn giao thông giai đoạn 2019 - 2021, đồng thời thực hiện Kế hoạch số 05/KH-UBATGTQG của Ủy ban An toàn giao "
        "thông Quốc gia.",
        # documents taken back that ask others to carry B out do not carry it out themselves
        "Tỉnh ủy ban hành Kế hoạch số 05-KH/TU và Kế hoạch số 06-KH/TU. Các kế hoạch này yêu cầu các địa phương thực "
        "hiện Nghị quyết số 57-NQ/TW.",
        # regression: an amendment proposed is none yet ("… giao Bộ Tư pháp chủ trì rà soát, đề xuất sửa đổi Luật …"
        # made the resolution amend the law)
        "Chính phủ ban hành Nghị quyết số 140/NQ-CP. Nghị quyết giao Bộ Tư pháp chủ trì rà soát, đề xuất sửa đổi Luật "
        "Ban hành văn bản quy phạm pháp luật năm 2025.",
        "UBND tỉnh ban hành Kế hoạch số 45/KH-UBND, trong đó kiến nghị sửa đổi, bổ sung Nghị định số 38/2023/NĐ-CP.",
        # regression: a change listed after a first step is a task still to do ("… giao Đảng đoàn HĐND tỉnh lãnh đạo rà
        # soát, sửa đổi, bổ sung B" made the plan amend B)
        "Kế hoạch số 30-KH/TU giao Đảng đoàn HĐND tỉnh lãnh đạo rà soát, sửa đổi, bổ sung Nghị quyết số 08/2021/NQ-HĐND "
        "ngày 5/7/2021 của HĐND tỉnh về chính sách hỗ trợ giống cây trồng.",
        "Chương trình số 14-CTr/TU giao Ban cán sự đảng UBND tỉnh nghiên cứu, thay thế Quyết định số 32/2019/QĐ-UBND của "
        "UBND tỉnh về quy chế quản lý cụm công nghiệp.",
        # regression guards: no reporting opener ("Tại hội nghị, kế hoạch được thông qua …" is another plan), and a plan
        # named by its own words
        "UBND thành phố thực hiện Kế hoạch số 68/KH-UBND. Tại hội nghị, kế hoạch được thông qua nhằm triển khai Chỉ "
        "thị số 20/CT-UBND.",
        "UBND thành phố thực hiện Kế hoạch số 68/KH-UBND. Được biết, kế hoạch phòng chống thiên tai được xây dựng trên "
        "cơ sở Chỉ thị số 20/CT-UBND.",
        # guard: documents a verb counts that are still to come
        "Tỉnh sẽ ban hành 3 nghị quyết, trong đó có Nghị quyết về phát triển du lịch thực hiện Chỉ thị số 05-CT/TW.",
        # guard: what a title governs is carried out under B, not the document ("… về quy chế thực hiện chế độ phụ cấp theo B")
        "UBND tỉnh ban hành Quyết định số 12/2024/QĐ-UBND về quy chế thực hiện chế độ phụ cấp theo Nghị định số "
        "33/2023/NĐ-CP.",
        # regression: a second basis after a comma, the subject no document, is no basis of the list's last item ("Các
        # nghị quyết được xây dựng căn cứ … Nghị định số 83/2018/NĐ-CP … về khuyến nông, trên cơ sở Tờ trình số
        # 68/TTr-UBND": the decree was based on the submission)
        "Các nghị quyết được xây dựng căn cứ Luật Trồng trọt năm 2018 và Nghị định số 83/2018/NĐ-CP của Chính phủ về "
        "khuyến nông, trên cơ sở Tờ trình số 54/TTr-UBND ngày 2/6/2024 của UBND tỉnh.",
        # regression: the committees' acts listed by a comma ("các cấp ủy tiếp tục quán triệt sâu sắc Nghị quyết số
        # 36-NQ/TW, thực hiện nghiêm Chỉ thị số 45/CT-TTg" made the resolution carry the directive out)
        "Bí thư Tỉnh ủy yêu cầu các cấp ủy tiếp tục quán triệt sâu sắc Nghị quyết số 39-NQ/TW, thực hiện nghiêm Chỉ thị "
        "số 32/CT-TTg ngày 10/8/2020 của Thủ tướng Chính phủ về tăng cường quản lý tài nguyên rừng.",
        "Các địa phương cần triển khai Kế hoạch số 78/KH-UBND ngày 5/4/2022 của UBND tỉnh, thực hiện có hiệu quả Nghị "
        "quyết số 11-NQ/TU của Tỉnh ủy.",
        # … nor the last item of the list they act on ("quán triệt B0 và B1, thực hiện có hiệu quả B2" made B1 carry B2 out)
        "Giám đốc Công an tỉnh đề nghị tiếp tục quán triệt Nghị quyết số 12-NQ/TW của Bộ Chính trị và Nghị quyết số "
        "44-NQ/TW của Hội nghị Trung ương 8 khóa XIII, thực hiện có hiệu quả Nghị định số 03/2019/NĐ-CP.",
        "Chỉ huy trưởng yêu cầu các đơn vị quán triệt Chỉ thị số 16-CT/TW, Kết luận số 41-KL/TW của Ban Bí thư, triển "
        "khai nghiêm Thông tư số 77/2021/TT-BQP.",
        # a plural owned by a central body with no number names none of the documents before it
        "Chính phủ ban hành Nghị quyết số 12/NQ-CP và Nghị quyết số 35/NQ-CP về an toàn giao thông. Thực hiện các nghị "
        "quyết của Chính phủ, UBND tỉnh đã ban hành Kế hoạch số 77/KH-UBND ngày 3/4/2019.",
        # regression: a sentence after A's about an activity ("Việc sắp xếp tỉnh, xã được thực hiện theo tinh thần B")
        # made A carry B out
        "Các địa phương thực hiện nghiêm Kết luận số 160-KL/TW ngày 6/6/2025 của Bộ Chính trị về vận hành chính quyền "
        "địa phương hai cấp. Việc sắp xếp các xã được thực hiện theo tinh thần Nghị quyết số 60-NQ/TW của Trung ương.",
        # regression: a plan the subject keeps to ("bám sát"), then "đồng thời gắn với thực hiện B", carried B out
        # (the union's act, not the plan's: "đồng thời gắn với" was no second act)
        "Ban Thường vụ Hội Nông dân tỉnh ban hành Kế hoạch số 56-KH/HNDT ngày 2/10/2019. Thời gian tới, Hội tiếp tục bám "
        "sát Kế hoạch 56, đồng thời gắn với thực hiện Nghị quyết số 19-NQ/TW.",
        # guard: … and, its purpose not stated, the act done as a rule says is none of the decision's
        "Ban Thường vụ Tỉnh ủy ban hành Quyết định số 52-QĐ/TU ngày 4/9/2025 về việc kiện toàn Ban Chỉ đạo tỉnh về "
        "chuyển đổi số. Việc kiện toàn được thực hiện theo Quy định số 205-QĐ/TW của Bộ Chính trị.",
        # guard: "Việc công bố" after a plan whose words are not that act is no act of the plan
        "UBND tỉnh ban hành Kế hoạch số 88/KH-UBND ngày 5/5/2025 về chuyển đổi số. Việc công bố kết quả được thực hiện căn "
        "cứ Quyết định số 12/QĐ-UBND.",
        # guard: "Việc thành lập" of a plan whose own words are not that act is no act of the plan
        "UBND huyện ban hành Kế hoạch số 88/KH-UBND ngày 5/5/2023 về giải phóng mặt bằng cao tốc. Việc thành lập tổ "
        "công tác nhằm thực hiện Chỉ thị số 07-CT/TU của Ban Thường vụ Tỉnh ủy.",
        # regression: "Việc ban hành" before an uncounted plural ("Việc ban hành các quyết định nhằm cụ thể hóa B") made
        # the last decision issued carry B out; the corpus leaves an uncounted plural generic
        "Ngày 3/2/2025, Ban Thường vụ Tỉnh ủy ban hành Quyết định số 410-QĐ/TU và Quyết định số 411-QĐ/TU. Việc ban hành "
        "các quyết định nhằm cụ thể hóa Kết luận số 121-KL/TW của Ban Chấp hành Trung ương Đảng.",
        # … not what a rule is laid down in ("theo quy định tại Quyết định số …")
        "Thực hiện Kế hoạch số 41/KH-UBND, các xã tổ chức đánh giá sản phẩm theo quy định tại Quyết định số 702/QĐ-UBND "
        "ngày 12/6/2020.",
        # an uncounted plural issued, after an adverb, in reported speech ("… cho biết, việc ban hành kịp thời các văn bản
        # là nhằm cụ thể hóa B"): no single document's act
        "UBND tỉnh ban hành Quyết định số 31/2024/QĐ-UBND ngày 20/8/2024 về bồi thường, hỗ trợ. Ông Trần Văn Lâm, Phó "
        "Chủ tịch UBND tỉnh cho biết, việc ban hành kịp thời các văn bản là nhằm cụ thể hóa Nghị quyết số 18-NQ/TW ngày "
        "16/6/2022 của Ban Chấp hành Trung ương Đảng.",
        # regression: a report tells what the committees did carrying B out ("… đã chủ động rà soát, giao khoán …"),
        # whose "giao" after the deed was read as the report's bidding
        "Báo cáo số 112-BC/HU ngày 5/6/2024 của Ban Thường vụ Huyện ủy Đạ Huoai cho biết, thực hiện Kế hoạch số "
        "27-KH/HU, ngày 20/4/2022 của Huyện ủy về phát triển kinh tế rừng, các cấp ủy, chính quyền các xã đã chủ động "
        "rà soát, giao khoán bảo vệ rừng cho các hộ dân.",
        # a report of the year's work, after a meeting that reviews a directive, is no report of that review
        "Sáng 12/5, Huyện ủy tổ chức hội nghị tổng kết 10 năm thực hiện Chỉ thị số 29-CT/TW ngày 25/7/2013 của Ban Bí thư. "
        "Báo cáo tổng kết công tác năm 2023 của UBND huyện được thông qua.",
        # amended to agree with a decree: the decree amended nothing
        "Quy chế phối hợp số 03/QC-UBND được sửa đổi, bổ sung cho phù hợp với quy định tại Nghị định số 30/2020/NĐ-CP.",
        # guard: what A brings in line with B ("sửa đổi, bổ sung một số nội dung cho phù hợp với quy định tại B")
        "UBND tỉnh ban hành Quyết định số 15/2020/QĐ-UBND sửa đổi, bổ sung một số nội dung cho phù hợp với quy định tại "
        "Nghị định số 30/2020/NĐ-CP.",
        # adjusting a price or a figure under a document is no amending of it
        "UBND tỉnh điều chỉnh giá đất theo Nghị định số 71/2024/NĐ-CP của Chính phủ và điều chỉnh kế hoạch vốn năm 2024.",
        # the resolutions of another plenum than the plural names are not taken back
        "Ban Chấp hành Trung ương Đảng ban hành Nghị quyết số 18-NQ/TW ngày 25/10/2017. Tỉnh ủy ban hành Kế hoạch số "
        "133-KH/TU ngày 2/6/2022 thực hiện các nghị quyết Trung ương 5 khóa XIII.",
        # … nor some of a plenum's when it passed others the article does not cite (the plural is all of them)
        "Ban Chấp hành Trung ương Đảng ban hành Nghị quyết số 42-NQ/TW ngày 24/11/2023 và Nghị quyết số 43-NQ/TW ngày "
        "24/11/2023. Huyện ủy ban hành Kế hoạch số 201-KH/HU ngày 15/1/2024 thực hiện các nghị quyết Trung ương 8 khóa XIII.",
        # a count of a kind that goes on to a second kind, or that a description follows, names new documents, not the
        # ones just cited
        "Tỉnh ủy ban hành Nghị quyết số 05-NQ/TU và Nghị quyết số 06-NQ/TU. UBND tỉnh ban hành Kế hoạch số 45/KH-UBND "
        "thực hiện 2 nghị quyết, chỉ thị của Trung ương.",
        "Tỉnh ủy ban hành Nghị quyết số 05-NQ/TU và Nghị quyết số 06-NQ/TU. Huyện ủy ban hành Kế hoạch số 67-KH/HU "
        "triển khai thực hiện hai nghị quyết chuyên đề về nông nghiệp.",
    ],
)
def test_no_relation(text):
    assert relations(text) == set()


@pytest.mark.parametrize("text, amended", [
    # regression: "… của Luật Đất đai, Luật Nhà ở và Luật Kinh doanh bất động sản được Quốc hội thông qua ngày …" ended
    # the list before the last law, taken for the subject of the passing; the day is the amending law's
    ("Tỉnh triển khai Luật sửa đổi, bổ sung một số điều của Luật Đất đai, Luật Nhà ở và Luật Kinh doanh bất động sản "
     "được Quốc hội thông qua ngày 29/11/2024.", ["Luật Đất đai", "Luật Nhà ở", "Luật Kinh doanh bất động sản"]),
    # … and so with no day ("… và Luật Đê điều vừa được Quốc hội thông qua")
    ("Huyện rà soát phương án theo Luật sửa đổi, bổ sung một số điều của Luật Phòng, chống thiên tai và Luật Đê điều "
     "vừa được Quốc hội thông qua.", ["Luật Phòng, chống thiên tai", "Luật Đê điều"]),
])
def test_an_amending_law_amends_its_last_law_before_its_passing(text, amended):
    citations = find_citations(text, HA_TINH)
    found = find_relations(text, citations, resolve(text, citations, HA_TINH))
    assert sorted(text[f.target.first.start:f.target.first.end] for f in found if f.type == "amends") == sorted(amended)
