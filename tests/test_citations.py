"""Citations in sentences: what each one is and what it says, and the look-alikes that are not
citations of a document at all."""
import pytest

from loaders import citations, gazetteer
from loaders.citations import find_citations
from loaders.record import Place


def place(province: str, district: str | None = None) -> Place:
    p = gazetteer.lookup(province, "province")
    d = gazetteer.lookup(district, "district", within=p.code) if district else None
    return Place(p.name, d.name if d else None, None, p.code, d.code if d else None)


def summary(text: str, article: Place | None = None, year: int | None = None) -> list[tuple]:
    return [
        (c.form, c.mention(text), c.type, c.number,
         (c.symbol.canonical or c.symbol.raw) if c.symbol else None, c.date,
         c.issuer.name if c.issuer else None)
        for c in find_citations(text, article, year)
    ]


@pytest.mark.parametrize(
    "text, article, expected",
    [
        # a full Party citation: comma before the date, issuer, term; the title is not in the mention
        ("Quán triệt Nghị quyết số 18-NQ/TW, ngày 25/10/2017 của Ban Chấp hành Trung ương Đảng "
         "khóa XII về tinh gọn bộ máy.", None,
         [("numbered", "Nghị quyết số 18-NQ/TW, ngày 25/10/2017 của Ban Chấp hành Trung ương Đảng khóa XII",
           "Nghị quyết", "18", "18-NQ/TW", "2017-10-25", "Ban Chấp hành Trung ương Đảng")]),
        # regression: a scheme named by the number of the decision approving it was none when the number reads as a
        # year ("Đề án 1956" after "Quyết định số 1956/QĐ-TTg …")
        ("Quyết định số 1956/QĐ-TTg ngày 27/11/2009 của Thủ tướng Chính phủ phê duyệt Đề án đào tạo nghề cho lao động "
         "nông thôn. Năm 2012, huyện Kim Sơn đào tạo 1.200 lao động theo Đề án 1956.", None,
         [("numbered", "Quyết định số 1956/QĐ-TTg ngày 27/11/2009 của Thủ tướng Chính phủ", "Quyết định", "1956",
           "1956/QĐ-TTg", "2009-11-27", "Thủ tướng Chính phủ"),
          ("new", "Đề án đào tạo nghề cho lao động nông thôn", "Đề án", None, None, None, "Thủ tướng Chính phủ"),
          ("numbered", "Đề án 1956", "Đề án", "1956", None, None, None)]),
        # regression: what a decision just cited approves is its own, though named like a scheme quoted before (the
        # province's "Đề án đào tạo nghề cho lao động nông thôn tỉnh Hà Nam …" was a reference to the national one)
        ("Quyết định số 971/QĐ-TTg ngày 1/7/2015 của Thủ tướng Chính phủ phê duyệt Đề án “Đào tạo nghề cho lao động "
         "nông thôn đến năm 2020”. Quyết định số 2210/QĐ-UBND ngày 5/10/2015 của UBND tỉnh phê duyệt Đề án đào tạo nghề "
         "cho lao động nông thôn tỉnh Hà Nam đến năm 2020.", None,
         [("numbered", "Quyết định số 971/QĐ-TTg ngày 1/7/2015 của Thủ tướng Chính phủ", "Quyết định", "971",
           "971/QĐ-TTg", "2015-07-01", "Thủ tướng Chính phủ"),
          ("new", "Đề án “Đào tạo nghề cho lao động nông thôn đến năm 2020”", "Đề án", None, None, None,
           "Thủ tướng Chính phủ"),
          ("numbered", "Quyết định số 2210/QĐ-UBND ngày 5/10/2015 của UBND tỉnh", "Quyết định", "2210", "2210/QĐ-UBND",
           "2015-10-05", "UBND tỉnh"),
          ("new", "Đề án đào tạo nghề cho lao động nông thôn tỉnh Hà Nam đến năm 2020", "Đề án", None, None, None,
           "UBND tỉnh")]),
        # regression: a local body after a central Party symbol owns the phrase around it, not the document
        ("Quận ủy kiện toàn Ban Chỉ đạo thực hiện Kết luận số 21-KL/TW của Quận ủy.", None,
         [("numbered", "Kết luận số 21-KL/TW", "Kết luận", "21", "21-KL/TW", None, None)]),
        # regression: "Thông báo Kết luận" with its second word capitalised was a Kết luận, and the plan "thực hiện
        # Thông báo Kết luận số …" implemented nothing
        ("Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 18-KH/TU thực hiện Thông báo Kết luận số 74-TB/TW ngày 30/3/2012 "
         "của Ban Bí thư.", None,
         [("numbered", "Kế hoạch số 18-KH/TU", "Kế hoạch", "18", "18-KH/TU", None, "Ban Thường vụ Tỉnh ủy"),
          ("numbered", "Thông báo Kết luận số 74-TB/TW ngày 30/3/2012 của Ban Bí thư", "Thông báo", "74", "74-TB/TW",
           "2012-03-30", "Ban Bí thư")]),
        # regression: "đồng chí" before the office of whom the document is ("thực hiện Kết luận của đồng chí Chủ tịch UBND
        # tỉnh tại buổi làm việc …" cited nothing, and the plan implemented nothing)
        ("UBND thị xã Kỳ Anh ban hành Kế hoạch số 45/KH-UBND thực hiện Kết luận của đồng chí Chủ tịch UBND tỉnh tại buổi "
         "làm việc với thị xã.", place("Hà Tĩnh"),
         [("numbered", "Kế hoạch số 45/KH-UBND", "Kế hoạch", "45", "45/KH-UBND", None, "UBND thị xã Kỳ Anh"),
          ("ref", "Kết luận của đồng chí Chủ tịch UBND tỉnh", "Kết luận", None, None, None, "Chủ tịch UBND tỉnh Hà Tĩnh")]),
        # regression: a plenum names its conclusion as it names its resolution
        ("Tiếp tục thực hiện Kết luận Hội nghị Trung ương 5 khóa X về phòng, chống tham nhũng.", None,
         [("named", "Kết luận Hội nghị Trung ương 5 khóa X", "Kết luận", None, None, None, "Ban Chấp hành Trung ương Đảng")]),
        # a unit's level word after a number that names the unit: the document's number, no count of units (the
        # guard of "hướng dẫn 63 tỉnh, thành phố", a count)
        ("Thực hiện Nghị quyết 05 tỉnh Hà Giang về phát triển du lịch, huyện đã ban hành kế hoạch.", None,
         [("numbered", "Nghị quyết 05", "Nghị quyết", "05", None, None, None),
          ("new", "kế hoạch", "Kế hoạch", None, None, None, None)]),
        # issuer before the date; the term in parentheses
        ("Kết luận số 01-KL/TW của Bộ Chính trị (khóa XIII), ngày 18/5/2021 về tiếp tục học tập.", None,
         [("numbered", "Kết luận số 01-KL/TW của Bộ Chính trị (khóa XIII), ngày 18/5/2021", "Kết luận",
           "01", "01-KL/TW", "2021-05-18", "Bộ Chính trị")]),
        # date with dots, a local body named with its district
        ("Kế hoạch số 112-KH/HU ngày 3.4.2019 của Ban Thường vụ Huyện ủy Hương Khê về phòng dịch.", None,
         [("numbered", "Kế hoạch số 112-KH/HU ngày 3.4.2019 của Ban Thường vụ Huyện ủy Hương Khê",
           "Kế hoạch", "112", "112-KH/HU", "2019-04-03", "Ban Thường vụ Huyện ủy Hương Khê")]),
        # "ngày … tháng … năm …"
        ("Kế hoạch số 221-KH/QU ngày 12 tháng 11 năm 2019 của Ban Thường vụ Quận ủy Quận 3 về tổ chức đại hội.",
         None,
         [("numbered", "Kế hoạch số 221-KH/QU ngày 12 tháng 11 năm 2019 của Ban Thường vụ Quận ủy Quận 3",
           "Kế hoạch", "221", "221-KH/QU", "2019-11-12", "Ban Thường vụ Quận ủy Quận 3")]),
        # the type only in the prose; "số" absent
        ("quyết tâm thực hiện Chỉ thị 09/TW của Ban Bí thư Trung ương Đảng", None,
         [("numbered", "Chỉ thị 09/TW của Ban Bí thư Trung ương Đảng", "Chỉ thị", "09", "09/TW", None, "Ban Bí thư")]),
        # the issuer between the noun and its number (a scraped page's "số31" split by loaders.text)
        ("Quyết định của Bộ Chính trị số 31-QĐ/TW ngày 01/10/1997 về thể loại văn bản.", None,
         [("numbered", "Quyết định của Bộ Chính trị số 31-QĐ/TW ngày 01/10/1997", "Quyết định", "31",
           "31-QĐ/TW", "1997-10-01", "Bộ Chính trị")]),
        # a number without a symbol, a program's full type name
        ("sau 5 năm thực hiện chương trình hành động số 33 của Tỉnh ủy, văn hóa được chú trọng", place("An Giang"),
         [("numbered", "chương trình hành động số 33 của Tỉnh ủy", "Chương trình hành động", "33", None, None,
           "Tỉnh ủy An Giang")]),
        # an abbreviated type before its number
        ("các xã triển khai KH 344 của UBND huyện trong quý III", place("Hà Tĩnh", "Can Lộc"),
         [("numbered", "KH 344 của UBND huyện", "Kế hoạch", "344", None, None, "UBND huyện Can Lộc")]),
        # regression: "CTHĐ" for an action programme before its number ("Tỉnh ủy đã ban hành CTHĐ số 13-CTr/TU" was the
        # bare symbol, a Chương trình, and no issued document)
        ("Ban Chấp hành Đảng bộ tỉnh đã ban hành CTHĐ số 21-CTr/TU ngày 10/10/2016.", place("Sơn La"),
         [("numbered", "CTHĐ số 21-CTr/TU ngày 10/10/2016", "Chương trình hành động", "21", "21-CTr/TU", "2016-10-10",
           "Ban Chấp hành Đảng bộ tỉnh Sơn La")]),
        # regression: an abbreviation glued to its number ("NQ57", as national news writes it) was no citation
        ("Các địa phương khẩn trương triển khai NQ57 của Bộ Chính trị.", None,
         [("numbered", "NQ57 của Bộ Chính trị", "Nghị quyết", "57", None, None, "Bộ Chính trị")]),
        # regression: "NĐ" and "CV" before a number (a Nghị định was only its bare symbol; no Công văn); the issuer
        # of a decree comes from its symbol later
        ("Thực hiện NĐ số 100/2019/NĐ-CP, UBND tỉnh ban hành CV số 123/UBND-VX ngày 5/3/2024.", place("Hà Tĩnh"),
         [("numbered", "NĐ số 100/2019/NĐ-CP", "Nghị định", "100", "100/2019/NĐ-CP", None, None),
          ("numbered", "CV số 123/UBND-VX ngày 5/3/2024", "Công văn", "123", "123/UBND-VX", "2024-03-05",
           "UBND tỉnh Hà Tĩnh")]),
        # regression: a number with its year and no code, as national papers shorten a symbol ("theo Nghị định
        # 100/2019", "Thông tư 38/2024 của Bộ GTVT"), was no citation
        ("Theo Nghị định 168/2024, người vượt đèn đỏ bị phạt 4-6 triệu đồng.", None,
         [("numbered", "Nghị định 168/2024", "Nghị định", "168", None, None, None)]),
        ("Thông tư 38/2024 của Bộ GTVT thay thế Thông tư 31/2019.", None,
         [("numbered", "Thông tư 38/2024 của Bộ GTVT", "Thông tư", "38", None, None, "Bộ Giao thông vận tải"),
          ("numbered", "Thông tư 31/2019", "Thông tư", "31", None, None, None)]),
        ("UBND TP Hà Nội ban hành Quyết định 15/2025 quy định về dạy thêm.", place("Hà Nội"),
         [("numbered", "Quyết định 15/2025", "Quyết định", "15", None, None, "UBND thành phố Hà Nội")]),
        # … but not a year followed by a code (a symbol, read as one) or by more numbers
        ("Kế hoạch 12/2024/KH-UBND", None, [("numbered", "Kế hoạch 12/2024/KH-UBND", "Kế hoạch", "12",
                                            "12/2024/KH-UBND", None, None)]),
        ("Kế hoạch 12/2024/15", None, []),
        # regression: a steering committee named after the document it reviews owns the "của" after it ("Ban Chỉ đạo
        # tổng kết Nghị quyết 18 của Chính phủ" made the Party's resolution 18 a Government resolution of its own)
        ("Ban Chỉ đạo tổng kết Nghị quyết 18 của Chính phủ ban hành Kế hoạch số 141/KH-BCĐTKNQ18.", None,
         [("numbered", "Nghị quyết 18", "Nghị quyết", "18", None, None, None),
          ("numbered", "Kế hoạch số 141/KH-BCĐTKNQ18", "Kế hoạch", "141", "141/KH-BCĐTKNQ18", None, "Chính phủ")]),
        # … while a document named with its body in a lead is that body's
        ("Thực hiện Nghị quyết 18 của Chính phủ, Bộ Nội vụ ban hành Kế hoạch số 141/KH-BNV.", None,
         [("numbered", "Nghị quyết 18 của Chính phủ", "Nghị quyết", "18", None, None, "Chính phủ"),
          ("numbered", "Kế hoạch số 141/KH-BNV", "Kế hoạch", "141", "141/KH-BNV", None, "Bộ Nội vụ")]),
        # regression: a committee named at length owns the "của" after the document among its tasks ("Đề án 06 của
        # Tỉnh ủy" was a plan of the Tỉnh ủy; in an issued decision's title, the list's next item, dated with it)
        ("Ngày 3/10/2025, UBND xã ban hành Quyết định số 95/QĐ-UBND về việc kiện toàn Ban Chỉ đạo phát triển khoa học, "
         "công nghệ, đổi mới sáng tạo, chuyển đổi số và Đề án 06 của xã.", place("Thanh Hóa"),
         [("numbered", "Quyết định số 95/QĐ-UBND", "Quyết định", "95", "95/QĐ-UBND", "2025-10-03", "UBND xã"),
          ("numbered", "Đề án 06", "Đề án", "06", None, None, None)]),
        # a state document with a glued "ngày" split by loaders.text and the odd space kept
        ("Chỉ thị số 11/CT- BNV ngày 7-6-1994 của Bộ Nội vụ (nay là Bộ Công an) về đạo Thiên chúa.", None,
         [("numbered", "Chỉ thị số 11/CT- BNV ngày 7-6-1994 của Bộ Nội vụ (nay là Bộ Công an)", "Chỉ thị", "11",
           "11/CT-BNV", "1994-06-07", "Bộ Nội vụ")]),
        # regression: the date of issue said with its verb ("ban hành ngày"), after the issuer
        ("Chỉ thị số 15/CT-TTg của Thủ tướng Chính phủ ban hành ngày 27/3/2020 về phòng, chống dịch.", None,
         [("numbered", "Chỉ thị số 15/CT-TTg của Thủ tướng Chính phủ ban hành ngày 27/3/2020", "Chỉ thị", "15",
           "15/CT-TTg", "2020-03-27", "Thủ tướng Chính phủ")]),
        # regression: … and with its agent after "do" ("Nghị định 70/2025/NĐ-CP do Chính phủ ban hành ngày 20/3/2025" was
        # undated)
        ("Nghị định 70/2025/NĐ-CP do Chính phủ ban hành ngày 20/3/2025, gồm 3 điều.", None,
         [("numbered", "Nghị định 70/2025/NĐ-CP do Chính phủ ban hành ngày 20/3/2025", "Nghị định", "70",
           "70/2025/NĐ-CP", "2025-03-20", "Chính phủ")]),
        ("Quyết định số 12/QĐ-UBND ký ngày 5 tháng 3 năm 2024 của UBND tỉnh.", place("Hà Tĩnh"),
         [("numbered", "Quyết định số 12/QĐ-UBND ký ngày 5 tháng 3 năm 2024 của UBND tỉnh", "Quyết định", "12",
           "12/QĐ-UBND", "2024-03-05", "UBND tỉnh Hà Tĩnh")]),
        # regression: "ký" issues as "ban hành" does
        ("Thường trực Thành ủy đã ký Quyết định số 1520-QĐ/TU ngày 15/3/2023.", place("Đà Nẵng"),
         [("numbered", "Quyết định số 1520-QĐ/TU ngày 15/3/2023", "Quyết định", "1520", "1520-QĐ/TU",
           "2023-03-15", "Thường trực Thành ủy Đà Nẵng")]),
        ("Kế hoạch số 55-KH/TU (ban hành ngày 3/4/2023) để thực hiện Chỉ thị 21.", place("Bình Định"),
         [("numbered", "Kế hoạch số 55-KH/TU (ban hành ngày 3/4/2023)", "Kế hoạch", "55", "55-KH/TU",
           "2023-04-03", None), ("numbered", "Chỉ thị 21", "Chỉ thị", "21", None, None, None)]),
        # regression: a law named by its title, then its date ("ngày" ended no name)
        ("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;", None,
         [("named", "Luật Tổ chức chính quyền địa phương ngày 19/6/2015", "Luật", None, None, "2015-06-19",
           "Quốc hội")]),
        # regression: a day of another year than the law's name gives is not the law's ("Luật Thủ đô năm 2024, ngày
        # 18-3-2025, UBND quận đã ban hành …" dated the law 2025), one of that year is
        ("Để thi hành Luật Đất đai năm 2024, ngày 5/9/2025, UBND xã ban hành Kế hoạch", None,
         [("named", "Luật Đất đai năm 2024", "Luật", None, None, None, "Quốc hội"),
          ("new", "Kế hoạch", "Kế hoạch", None, None, "2025-09-05", "UBND xã")]),
        ("Luật Thủ đô năm 2024, ngày 28/6/2024 có hiệu lực từ ngày 1/1/2025.", None,
         [("named", "Luật Thủ đô năm 2024, ngày 28/6/2024", "Luật", None, None, "2024-06-28", "Quốc hội")]),
        # regression: "theo phương thức" goes on inside a law's name ("Luật Đầu tư theo phương thức đối tác công tư" was
        # "Luật Đầu tư", the law of investment, a document of its own)
        # the law of 2004 on the councils' and committees' acts is named with its bodies after "của"
        ("Căn cứ Luật Ban hành văn bản quy phạm pháp luật của Hội đồng nhân dân, Ủy ban nhân dân ngày 03/12/2004;", None,
         [("named", "Luật Ban hành văn bản quy phạm pháp luật của Hội đồng nhân dân, Ủy ban nhân dân ngày 03/12/2004",
           "Luật", None, None, "2004-12-03", "Quốc hội")]),
        ("Căn cứ Luật Ban hành văn bản quy phạm pháp luật của HĐND, UBND năm 2004; Luật Đê điều năm 2006;", None,
         [("named", "Luật Ban hành văn bản quy phạm pháp luật của HĐND, UBND năm 2004", "Luật", None, None, None,
           "Quốc hội"),
          ("named", "Luật Đê điều năm 2006", "Luật", None, None, None, "Quốc hội")]),
        ("Căn cứ Luật Đầu tư theo phương thức đối tác công tư ngày 18/6/2020;", None,
         [("named", "Luật Đầu tư theo phương thức đối tác công tư ngày 18/6/2020", "Luật", None, None, "2020-06-18",
           "Quốc hội")]),
        # regression: "người có công với cách mạng" goes on inside a law's name ("Pháp lệnh Ưu đãi người có công với cách
        # mạng năm 2020" was "Pháp lệnh Ưu đãi người", and the list of bases after it ended there)
        ("Căn cứ Pháp lệnh Ưu đãi người có công với cách mạng năm 2020, Nghị định số 55/2023/NĐ-CP;", None,
         [("named", "Pháp lệnh Ưu đãi người có công với cách mạng năm 2020", "Pháp lệnh", None, None, None,
           "Ủy ban Thường vụ Quốc hội"),
          ("numbered", "Nghị định số 55/2023/NĐ-CP", "Nghị định", "55", "55/2023/NĐ-CP", None, None)]),
        # regression: "chính thức" (officially) ends a law's name ("Luật Căn cước chính thức có hiệu lực" named a law
        # "Căn cước chính thức")
        ("Từ ngày 1/7/2024, Luật Căn cước chính thức có hiệu lực thi hành.", None,
         [("named", "Luật Căn cước", "Luật", None, None, None, "Quốc hội")]),
        # regression: a law's name runs on after a comma ("Luật Phổ biến, giáo dục pháp luật" was "Luật Phổ biến")
        ("Căn cứ Luật Phổ biến, giáo dục pháp luật ngày 20 tháng 6 năm 2012;", None,
         [("named", "Luật Phổ biến, giáo dục pháp luật ngày 20 tháng 6 năm 2012", "Luật", None, None, "2012-06-20",
           "Quốc hội")]),
        ("theo Luật Đất đai, các hộ dân được bồi thường.", None,
         [("named", "Luật Đất đai", "Luật", None, None, None, "Quốc hội")]),
        # regression: "mới" of "đổi mới" ended a law's name ("Luật Khoa học, công nghệ và đổi", its number lost);
        # "mới" after a name still ends it
        ("Luật Khoa học, công nghệ và đổi mới sáng tạo số 93/2025/QH15 có hiệu lực từ ngày 1/10/2025.", None,
         [("numbered", "Luật Khoa học, công nghệ và đổi mới sáng tạo số 93/2025/QH15", "Luật", "93", "93/2025/QH15",
           None, "Quốc hội")]),
        ("Luật Đất đai mới có hiệu lực từ ngày 1/8/2024.", None,
         [("named", "Luật Đất đai", "Luật", None, None, None, "Quốc hội")]),
        # regression: "vừa" of "nhỏ và vừa" (small and medium) ended a law's name ("Luật Hỗ trợ doanh nghiệp nhỏ", and the
        # list of bases after it ended there); "vừa" (just) after a name still ends it
        ("Căn cứ Luật Hỗ trợ doanh nghiệp nhỏ và vừa năm 2017; Nghị định số 39/2018/NĐ-CP;", None,
         [("named", "Luật Hỗ trợ doanh nghiệp nhỏ và vừa năm 2017", "Luật", None, None, None, "Quốc hội"),
          ("numbered", "Nghị định số 39/2018/NĐ-CP", "Nghị định", "39", "39/2018/NĐ-CP", None, None)]),
        ("Luật Thủ đô vừa được Quốc hội thông qua.", None,
         [("named", "Luật Thủ đô", "Luật", None, None, None, "Quốc hội")]),
        # regression: "thuộc" and "trước" end a law's name ("Luật Đất đai thuộc thẩm quyền trước ngày 31/8/2024" was
        # a law of that name, dated 31/8/2024)
        ("Các tỉnh ban hành văn bản quy định chi tiết Luật Đất đai thuộc thẩm quyền trước ngày 31/8/2024.", None,
         [("named", "Luật Đất đai", "Luật", None, None, None, "Quốc hội")]),
        ("Tổ chức tập huấn Luật Nhà ở trước ngày 15/9/2024.", None,
         [("named", "Luật Nhà ở", "Luật", None, None, None, "Quốc hội")]),
        # regression: a law's name read up to its number holds stop words ("theo", "tại"); named again without the
        # number it goes on past them as far as the text repeats it ("Luật Hỗ trợ người lao động theo hợp đồng" was
        # "Luật Hỗ trợ người lao động", a second law)
        ("Căn cứ Luật Hỗ trợ người lao động theo hợp đồng số 12/2021/QH15; Nghị định số 68/2022/NĐ-CP quy định chi "
         "tiết Luật Hỗ trợ người lao động theo hợp đồng.", None,
         [("numbered", "Luật Hỗ trợ người lao động theo hợp đồng số 12/2021/QH15", "Luật", "12", "12/2021/QH15", None,
           "Quốc hội"),
          ("numbered", "Nghị định số 68/2022/NĐ-CP", "Nghị định", "68", "68/2022/NĐ-CP", None, None),
          ("named", "Luật Hỗ trợ người lao động theo hợp đồng", "Luật", None, None, None, "Quốc hội")]),
        ("Luật Bảo vệ di sản tại cộng đồng số 38/2023/QH15 có hiệu lực; tỉnh tuyên truyền Luật Bảo vệ di sản tại "
         "cộng đồng đến người dân.", None,
         [("numbered", "Luật Bảo vệ di sản tại cộng đồng số 38/2023/QH15", "Luật", "38", "38/2023/QH15", None,
           "Quốc hội"),
          ("named", "Luật Bảo vệ di sản tại cộng đồng", "Luật", None, None, None, "Quốc hội")]),
        # … only as far as the text repeats it: "Luật Hỗ trợ người lao động theo quy định" is that name cut short
        ("Luật Hỗ trợ người lao động theo hợp đồng số 12/2021/QH15 có hiệu lực; Luật Hỗ trợ người lao động theo "
         "quy định được phổ biến.", None,
         [("numbered", "Luật Hỗ trợ người lao động theo hợp đồng số 12/2021/QH15", "Luật", "12", "12/2021/QH15", None,
           "Quốc hội"),
          ("named", "Luật Hỗ trợ người lao động", "Luật", None, None, None, "Quốc hội")]),
        # regression: "chỉ đạo" and "hướng dẫn" between a noun and its number ("văn bản chỉ đạo số …" was no citation;
        # "công văn hướng dẫn số …", "Nghị định hướng dẫn số …" were read as a Hướng dẫn)
        ("UBND tỉnh vừa có văn bản chỉ đạo số 5678/UBND-VX về phòng, chống rét.", place("Nghệ An"),
         [("numbered", "văn bản chỉ đạo số 5678/UBND-VX", "Công văn", "5678", "5678/UBND-VX", None, "UBND tỉnh Nghệ An")]),
        ("Nghị định hướng dẫn số 15/2018/NĐ-CP có hiệu lực.", None,
         [("numbered", "Nghị định hướng dẫn số 15/2018/NĐ-CP", "Nghị định", "15", "15/2018/NĐ-CP", None, None)]),
        # regression: the date after the laws an amending law names was the last law's ("Luật Tổ chức chính quyền
        # địa phương ngày 22 tháng 11 năm 2019", one law with the 2015 one): it is the amending law's
        ("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số điều của "
         "Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;", None,
         [("named", "Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015", "Luật", None, None, "2015-06-19",
           "Quốc hội"),
          ("named", "Luật sửa đổi, bổ sung một số điều của", "Luật", None, None, "2019-11-22", "Quốc hội"),
          ("named", "Luật Tổ chức Chính phủ", "Luật", None, None, None, "Quốc hội"),
          ("named", "Luật Tổ chức chính quyền địa phương", "Luật", None, None, None, "Quốc hội")]),
        # … and so is the day they are said to be passed after them ("… và Luật Các tổ chức tín dụng được Quốc hội thông
        # qua ngày 29/6/2024" dated the last law)
        ("Luật sửa đổi, bổ sung một số điều của Luật Đất đai, Luật Nhà ở và Luật Kinh doanh bất động sản được Quốc hội "
         "thông qua ngày 29/11/2024.", None,
         [("named", "Luật sửa đổi, bổ sung một số điều của", "Luật", None, None, "2024-11-29", "Quốc hội"),
          ("named", "Luật Đất đai", "Luật", None, None, None, "Quốc hội"),
          ("named", "Luật Nhà ở", "Luật", None, None, None, "Quốc hội"),
          ("named", "Luật Kinh doanh bất động sản", "Luật", None, None, None, "Quốc hội")]),
        # regression: the year after the laws an amending law names is the amending law's when they are two or more, or
        # when the text names the law with another year ("Luật Đê điều năm 2020", "Luật Thi đua, Khen thưởng năm 2005":
        # laws of a year of their own), not when the one law is named so alone ("Bộ luật Hình sự năm 2015")
        ("Thực hiện Luật Thi đua, Khen thưởng năm 2003 và Luật sửa đổi, bổ sung một số điều của Luật Thi đua, Khen "
         "thưởng năm 2005, thị xã phát động phong trào thi đua.", None,
         [("named", "Luật Thi đua, Khen thưởng năm 2003", "Luật", None, None, None, "Quốc hội"),
          ("named", "Luật sửa đổi, bổ sung một số điều của", "Luật", None, None, None, "Quốc hội"),
          ("named", "Luật Thi đua, Khen thưởng", "Luật", None, None, None, "Quốc hội")]),
        ("Tòa án áp dụng Luật sửa đổi, bổ sung một số điều của Bộ luật Hình sự năm 2015 để xét xử.", None,
         [("named", "Luật sửa đổi, bổ sung một số điều của", "Luật", None, None, None, "Quốc hội"),
          ("named", "Bộ luật Hình sự năm 2015", "Bộ luật", None, None, None, "Quốc hội")]),
        # regression: a stop word inside a name ended it before its number ("Pháp lệnh Ưu đãi người", the
        # ordinance lost); the name runs to its own number through lower-case words, no document noun
        ("Căn cứ Pháp lệnh Ưu đãi người có công với cách mạng số 02/2020/UBTVQH14 ngày 09/12/2020;", None,
         [("numbered", "Pháp lệnh Ưu đãi người có công với cách mạng số 02/2020/UBTVQH14 ngày 09/12/2020",
           "Pháp lệnh", "02", "02/2020/UBTVQH14", "2020-12-09", "Ủy ban Thường vụ Quốc hội")]),
        # regression: an ordinance's symbol of before 2008 carries its type ("34/2007/PL-UBTVQH11"): its name ran to
        # the first comma and the numbered ordinance came out apart
        ("Huyện tổ chức tập huấn Pháp lệnh Thực hiện dân chủ ở xã, phường, thị trấn số 34/2007/PL-UBTVQH11 ngày "
         "20-4-2007 cho cán bộ chủ chốt.", None,
         [("numbered", "Pháp lệnh Thực hiện dân chủ ở xã, phường, thị trấn số 34/2007/PL-UBTVQH11 ngày 20-4-2007",
           "Pháp lệnh", "34", "34/2007/PL-UBTVQH11", "2007-04-20", "Ủy ban Thường vụ Quốc hội")]),
        ("Luật Căn cước có hiệu lực, thay thế luật số 59/2014/QH13.", None,
         [("named", "Luật Căn cước", "Luật", None, None, None, "Quốc hội"),
          ("numbered", "luật số 59/2014/QH13", "Luật", "59", "59/2014/QH13", None, None)]),
        # regression: "quy phạm" in a law's name ("Luật Ban hành văn bản quy phạm pháp luật" stopped before it);
        # "quy định" after the name still ends it
        ("Quốc hội thông qua Luật Ban hành văn bản quy phạm pháp luật (sửa đổi).", None,
         [("named", "Luật Ban hành văn bản quy phạm pháp luật (sửa đổi)", "Luật", None, None, None, "Quốc hội")]),
        ("Luật Đất đai quy định rõ trách nhiệm của UBND các cấp.", None,
         [("named", "Luật Đất đai", "Luật", None, None, None, "Quốc hội")]),
        # regression: "và" inside a law's name ("Luật Bảo vệ và phát triển rừng" was "Luật Bảo vệ"), not
        # before another document or law, in either case, nor before an action
        ("tuyên truyền Luật Bảo vệ và phát triển rừng, Luật Phòng, chống tham nhũng và Luật Thi đua, khen "
         "thưởng đến nhân dân.", None,
         [("named", "Luật Bảo vệ và phát triển rừng", "Luật", None, None, None, "Quốc hội"),
          ("named", "Luật Phòng, chống tham nhũng", "Luật", None, None, None, "Quốc hội"),
          ("named", "Luật Thi đua, khen thưởng", "Luật", None, None, None, "Quốc hội")]),
        ("chấp hành Luật Đất đai và Nghị định số 43/2014/NĐ-CP của Chính phủ.", None,
         [("named", "Luật Đất đai", "Luật", None, None, None, "Quốc hội"),
          ("numbered", "Nghị định số 43/2014/NĐ-CP của Chính phủ", "Nghị định", "43", "43/2014/NĐ-CP", None,
           "Chính phủ")]),
        ("Luật Hôn nhân và gia đình và các văn bản hướng dẫn được phổ biến; Luật Đất đai và triển khai.", None,
         [("named", "Luật Hôn nhân và gia đình", "Luật", None, None, None, "Quốc hội"),
          ("named", "Luật Đất đai", "Luật", None, None, None, "Quốc hội")]),
        ("Tuyên truyền Luật Cư trú và vận động nhân dân chấp hành; Luật Đất đai và hướng dẫn thi hành.", None,
         [("named", "Luật Cư trú", "Luật", None, None, None, "Quốc hội"),
          ("named", "Luật Đất đai", "Luật", None, None, None, "Quốc hội")]),
        # regression: names that go on after a comma ("Luật Trật tự" lost its number)
        ("Luật Trật tự, an toàn giao thông đường bộ số 36/2024/QH15 và Luật Cán bộ, công chức.", None,
         [("numbered", "Luật Trật tự, an toàn giao thông đường bộ số 36/2024/QH15", "Luật", "36", "36/2024/QH15", None,
           "Quốc hội"),
          ("named", "Luật Cán bộ, công chức", "Luật", None, None, None, "Quốc hội")]),
        # regression: a name in lower case, closed by its year ("Pháp lệnh thực hiện dân chủ ở xã, phường, thị trấn năm
        # 2007" and "Luật đất đai năm 2013" were no documents); without the year, no name
        ("Nhân dân được bàn và quyết định theo Pháp lệnh thực hiện dân chủ ở xã, phường, thị trấn năm 2007.", None,
         [("named", "Pháp lệnh thực hiện dân chủ ở xã, phường, thị trấn năm 2007", "Pháp lệnh", None, None, None,
           "Ủy ban Thường vụ Quốc hội")]),
        ("Hộ dân được bồi thường theo Luật đất đai năm 2013. Luật quy định năm 2025 là năm bản lề.", None,
         [("named", "Luật đất đai năm 2013", "Luật", None, None, None, "Quốc hội"),
          ("ref", "Luật", "Luật", None, None, None, None)]),  # the law named back, no name of its own
        # regression: "không" ends a name ("Pháp lệnh Xử lý vi phạm hành chính không"); "phối hợp" after a type noun
        # keeps its type ("Quy chế phối hợp số 05/QCPH-…" was a Quy chế without a number and a second document)
        ("Pháp lệnh Xử lý vi phạm hành chính không được áp dụng.", None,
         [("named", "Pháp lệnh Xử lý vi phạm hành chính", "Pháp lệnh", None, None, None, "Ủy ban Thường vụ Quốc hội")]),
        ("Công an tỉnh ký Quy chế phối hợp số 05/QCPH-CAT-SGDĐT.", None,
         [("numbered", "Quy chế phối hợp số 05/QCPH-CAT-SGDĐT", "Quy chế", "05", "05/QCPH-CAT-SGDĐT", None,
           "Công an tỉnh")]),
        # the Front's and mass organisations' agreements of entrustment with the social policy bank ("Văn bản thỏa thuận
        # số 01/VBTT-HND-NHCS" was no document)
        ("Hai bên ký Văn bản thỏa thuận số 01/VBTT-HND-NHCS ngày 12/01/2022 về ủy thác cho vay.", None,
         [("numbered", "Văn bản thỏa thuận số 01/VBTT-HND-NHCS ngày 12/01/2022", "Văn bản thỏa thuận", "01",
           "01/VBTT-HND-NHCS", "2022-01-12", None)]),
        # "mới" between the noun and its number ("Quy định mới số 15-QĐ/TU" was a new regulation and a bare decision)
        ("Tỉnh ủy ban hành Quy định mới số 15-QĐ/TU ngày 2/3/2023 về phân cấp quản lý cán bộ.", None,
         [("numbered", "Quy định mới số 15-QĐ/TU ngày 2/3/2023", "Quy định", "15", "15-QĐ/TU", "2023-03-02", "Tỉnh ủy")]),
        ("Hai bên ký Chương trình phối hợp mới số 02/CTrPH-CCB-CA ngày 11/3/2020 thay thế chương trình cũ.", None,
         [("numbered", "Chương trình phối hợp mới số 02/CTrPH-CCB-CA ngày 11/3/2020", "Chương trình phối hợp", "02",
           "02/CTrPH-CCB-CA", "2020-03-11", None)]),
        # regression: a law named by what it amends was no document ("Luật sửa đổi, bổ sung một số điều của Luật
        # Phòng, chống thiên tai và Luật Đê điều"); not a draft
        ("thực hiện Luật sửa đổi, bổ sung một số điều của Luật Phòng, chống thiên tai và Luật Đê điều năm 2020.", None,
         [("named", "Luật sửa đổi, bổ sung một số điều của", "Luật", None, None, None, "Quốc hội"),
          ("named", "Luật Phòng, chống thiên tai", "Luật", None, None, None, "Quốc hội"),
          ("named", "Luật Đê điều", "Luật", None, None, None, "Quốc hội")]),  # 2020 is the amending law's year
        ("thảo luận dự thảo Luật sửa đổi, bổ sung một số điều của Luật Đất đai.", None,
         [("named", "Luật Đất đai", "Luật", None, None, None, "Quốc hội")]),
        # a number after two laws or more is the amending law's, as its year is ("… của Luật Đầu tư và Luật Đấu thầu số
        # 57/2024/QH15" gave the number to the procurement law); after one law it is that law's
        ("Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Đầu tư, Luật Nhà ở và Luật Đấu thầu số 57/2024/QH15;", None,
         [("numbered", "Luật sửa đổi, bổ sung một số điều của", "Luật", "57", "57/2024/QH15", None, "Quốc hội"),
          ("named", "Luật Đầu tư", "Luật", None, None, None, "Quốc hội"),
          ("named", "Luật Nhà ở", "Luật", None, None, None, "Quốc hội"),
          ("named", "Luật Đấu thầu", "Luật", None, None, None, "Quốc hội")]),
        ("Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Bảo hiểm y tế số 46/2014/QH13;", None,
         [("named", "Luật sửa đổi, bổ sung một số điều của", "Luật", None, None, None, "Quốc hội"),
          ("numbered", "Luật Bảo hiểm y tế số 46/2014/QH13", "Luật", "46", "46/2014/QH13", None, "Quốc hội")]),
        # … unless the text names that law in another year than the number's: then the number is the amending law's,
        # and so is the day after it
        ("Căn cứ Luật Thi hành án dân sự ngày 14 tháng 11 năm 2008; Luật sửa đổi, bổ sung một số điều của Luật Thi hành "
         "án dân sự số 64/2014/QH13 ngày 25 tháng 11 năm 2014;", None,
         [("named", "Luật Thi hành án dân sự ngày 14 tháng 11 năm 2008", "Luật", None, None, "2008-11-14", "Quốc hội"),
          ("numbered", "Luật sửa đổi, bổ sung một số điều của", "Luật", "64", "64/2014/QH13", "2014-11-25", "Quốc hội"),
          ("named", "Luật Thi hành án dân sự", "Luật", None, None, None, "Quốc hội")]),
        # the amending law's number in brackets after the laws it names, each with a number of its own or none
        ("Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Chứng khoán số 54/2019/QH14, Luật Kế toán số 88/2015/QH13 "
         "và Luật Kiểm toán độc lập số 67/2011/QH12 (Luật số 56/2024/QH15);", None,
         [("numbered", "Luật sửa đổi, bổ sung một số điều của", "Luật", "56", "56/2024/QH15", None, "Quốc hội"),
          ("numbered", "Luật Chứng khoán số 54/2019/QH14", "Luật", "54", "54/2019/QH14", None, "Quốc hội"),
          ("numbered", "Luật Kế toán số 88/2015/QH13", "Luật", "88", "88/2015/QH13", None, "Quốc hội"),
          ("numbered", "Luật Kiểm toán độc lập số 67/2011/QH12", "Luật", "67", "67/2011/QH12", None, "Quốc hội"),
          ("numbered", "Luật số 56/2024/QH15", "Luật", "56", "56/2024/QH15", None, None)]),
        ("Quốc hội thông qua Luật sửa đổi, bổ sung một số điều của Luật Dược và Luật Khám bệnh, chữa bệnh (Luật số "
         "44/2024/QH15) ngày 21/11/2024.", None,
         [("numbered", "Luật sửa đổi, bổ sung một số điều của", "Luật", "44", "44/2024/QH15", "2024-11-21", "Quốc hội"),
          ("named", "Luật Dược", "Luật", None, None, None, "Quốc hội"),
          ("named", "Luật Khám bệnh, chữa bệnh", "Luật", None, None, None, "Quốc hội"),
          ("numbered", "Luật số 44/2024/QH15", "Luật", "44", "44/2024/QH15", None, None)]),
        # regression: a law that counts the laws it amends was no document ("… của 11 luật về quân sự, quốc phòng"); its
        # name runs over "về", "có", "trong" to its year or date
        ("Các sở, ngành thực hiện nghiêm Luật Nghĩa vụ quân sự năm 2015, Luật sửa đổi, bổ sung một số điều của 11 luật "
         "về quân sự, quốc phòng năm 2025 và các văn bản hướng dẫn thi hành.", None,
         [("named", "Luật Nghĩa vụ quân sự năm 2015", "Luật", None, None, None, "Quốc hội"),
          ("named", "Luật sửa đổi, bổ sung một số điều của 11 luật về quân sự, quốc phòng năm 2025", "Luật", None, None,
           None, "Quốc hội")]),
        ("Luật sửa đổi, bổ sung một số điều của 37 luật có liên quan đến quy hoạch được Quốc hội thông qua ngày "
         "20/11/2018 đã tháo gỡ vướng mắc.", None,
         [("named", "Luật sửa đổi, bổ sung một số điều của 37 luật có liên quan đến quy hoạch được Quốc hội thông qua "
           "ngày 20/11/2018", "Luật", None, None, "2018-11-20", "Quốc hội")]),
        ("Sở Tài chính tham mưu trình Quốc hội thông qua Luật sửa đổi, bổ sung một số điều của các luật trong lĩnh vực "
         "tài chính.", None, []),
        # regression: … nor a bill, to be passed or named "dự án Luật" (both were amending laws, and the name of the
        # law they amend ran on into "ngay trong năm 2025")
        ("Bộ Tư pháp chủ trì tham mưu Chính phủ trình Quốc hội thông qua Luật sửa đổi, bổ sung một số điều của Luật Ban "
         "hành văn bản quy phạm pháp luật ngay trong năm 2025.", None,
         [("named", "Luật Ban hành văn bản quy phạm pháp luật", "Luật", None, None, None, "Quốc hội")]),
        ("Nhiệm vụ năm 2025 là trình Quốc hội dự án Luật sửa đổi, bổ sung một số điều của Luật Giáo dục đại học.", None,
         [("named", "Luật Giáo dục đại học", "Luật", None, None, None, "Quốc hội")]),
        # regression: "và đề nghị của …" after a name is a second basis, not the name ("Luật Đất đai và đề nghị")
        ("quy định chi tiết thi hành Luật Đất đai và đề nghị của Sở Tài nguyên và Môi trường.", None,
         [("named", "Luật Đất đai", "Luật", None, None, None, "Quốc hội")]),
        # regression: the date of a passive with its agent ("được HĐND tỉnh thông qua ngày …") was not read
        ("Nghị quyết số 12/2024/NQ-HĐND (được HĐND tỉnh thông qua ngày 10/7/2024) quy định mức chi hỗ trợ.",
         place("Thanh Hóa"),
         [("numbered", "Nghị quyết số 12/2024/NQ-HĐND (được HĐND tỉnh thông qua ngày 10/7/2024)", "Nghị quyết", "12",
           "12/2024/NQ-HĐND", "2024-07-10", None)]),
        # regression: the means of concretising, still to be made ("cụ thể hóa … bằng kế hoạch của Ủy ban nhân dân
        # tỉnh"), was a plan of the UBND
        ("Đảng ủy UBND tỉnh lãnh đạo cụ thể hóa Chỉ thị số 30-CT/TU bằng kế hoạch của Ủy ban nhân dân tỉnh, hoàn thành "
         "trong quý II.", place("Hà Tĩnh"),
         [("numbered", "Chỉ thị số 30-CT/TU", "Chỉ thị", "30", "30-CT/TU", None, None)]),
        # … and so is what the document is to be made into ("cụ thể hóa Kế hoạch này thành kế hoạch của UBND huyện"),
        # though not when made ("đã cụ thể hóa thành kế hoạch của UBND xã")
        ("Ban cán sự đảng UBND huyện lãnh đạo, chỉ đạo cụ thể hóa Chương trình số 12-CTr/HU thành kế hoạch của Ủy ban "
         "nhân dân huyện.", place("Gia Lai", "Chư Sê"),
         [("numbered", "Chương trình số 12-CTr/HU", "Chương trình", "12", "12-CTr/HU", None, None)]),
        ("Sau hội nghị, UBND xã đã cụ thể hóa Chương trình số 12-CTr/HU thành kế hoạch của Ủy ban nhân dân xã.",
         place("Gia Lai", "Chư Sê"),
         [("numbered", "Chương trình số 12-CTr/HU", "Chương trình", "12", "12-CTr/HU", None, None),
          ("ref", "kế hoạch của Ủy ban nhân dân xã", "Kế hoạch", None, None, None, "UBND xã")]),
        # regression: a joint plan ("Kế hoạch liên tịch", KHLT) was a Kế hoạch without its symbol
        ("Kế hoạch liên tịch số 123/KHLT-CAT-SGDĐT ngày 5/9/2023 về an ninh trường học.", place("Nghệ An"),
         [("numbered", "Kế hoạch liên tịch số 123/KHLT-CAT-SGDĐT ngày 5/9/2023", "Kế hoạch liên tịch", "123",
           "123/KHLT-CAT-SGDĐT", "2023-09-05", None)]),
        # regression: a year alone between the symbol and the issuer
        ("Chỉ thị số 35-CT/TW năm 2024 của Bộ Chính trị về đại hội.", None,
         [("numbered", "Chỉ thị số 35-CT/TW năm 2024 của Bộ Chính trị", "Chỉ thị", "35", "35-CT/TW", None,
           "Bộ Chính trị")]),
        ("Kế hoạch số 12-KH/TU tháng 3/2024 của Ban Thường vụ Tỉnh ủy.", place("Hà Tĩnh"),
         [("numbered", "Kế hoạch số 12-KH/TU tháng 3/2024 của Ban Thường vụ Tỉnh ủy", "Kế hoạch", "12", "12-KH/TU",
           None, "Ban Thường vụ Tỉnh ủy Hà Tĩnh")]),
        # regression: a noun right after a list's bullet was not read (the bare symbol's code made
        # this Quy định a Quyết định)
        ("Các văn bản:\n-Quy định số 144-QĐ/TW ngày 9/5/2024;", None,
         [("numbered", "Quy định số 144-QĐ/TW ngày 9/5/2024", "Quy định", "144", "144-QĐ/TW", "2024-05-09", None)]),
        # regression: a word between the noun and its number ("chuyên đề") split one document in two
        ("Ban Chấp hành Đảng bộ tỉnh đã ban hành Nghị quyết chuyên đề số 05-NQ/TU ngày 3/3/2021.", place("Hà Tĩnh"),
         [("numbered", "Nghị quyết chuyên đề số 05-NQ/TU ngày 3/3/2021", "Nghị quyết", "05", "05-NQ/TU",
           "2021-03-03", "Ban Chấp hành Đảng bộ tỉnh Hà Tĩnh")]),
        # regression: the minister who signed it, named with the ministry's name with no "Bộ" as news writes it, was no
        # body, and the date after that passive was lost
        ("Thông tư 19/2025/TT-BYT được Bộ trưởng Y tế Đào Hồng Lan ký ban hành ngày 30/6/2025.", None,
         [("numbered", "Thông tư 19/2025/TT-BYT được Bộ trưởng Y tế Đào Hồng Lan ký ban hành ngày 30/6/2025",
           "Thông tư", "19", "19/2025/TT-BYT", "2025-06-30", "Bộ trưởng Bộ Y tế")]),
        # regression: the passive that issued a document opening its sentence, after what the document does and no "về"
        # title ("Thông tư … quy định … được … ký ban hành ngày …"), gave it no date
        ("Nghị định 81/2021/NĐ-CP quy định cơ chế thu, quản lý học phí được Thủ tướng Phạm Minh Chính ký ban hành ngày "
         "27/8/2021.", None,
         [("numbered", "Nghị định 81/2021/NĐ-CP", "Nghị định", "81", "81/2021/NĐ-CP", "2021-08-27", "Thủ tướng Chính phủ")]),
        # … not a passive of another year than its symbol's, nor one after a document that is no sentence's subject
        ("Bộ trưởng thực hiện Nghị định 81/2021/NĐ-CP quy định cơ chế thu học phí được Chính phủ ban hành ngày 27/8/2021.",
         None, [("numbered", "Nghị định 81/2021/NĐ-CP", "Nghị định", "81", "81/2021/NĐ-CP", None, None)]),
        # regression: in an article of no place, a city's body named by its kind alone was some town's, though its
        # clause names a centrally-run city ("TP HCM ban hành … của UBND thành phố", "Sở Y tế Đà Nẵng tham mưu Thành ủy")
        ("Ngày 3/3, TP HCM ban hành Chỉ thị 05/CT-UBND của UBND thành phố về phòng, chống sốt xuất huyết.", None,
         [("numbered", "Chỉ thị 05/CT-UBND của UBND thành phố", "Chỉ thị", "05", "05/CT-UBND", None,
           "UBND thành phố Hồ Chí Minh")]),
        ("Sở Y tế Đà Nẵng đã tham mưu Thành ủy ban hành Kế hoạch số 130-KH/TU ngày 2/4/2024 về y tế cơ sở.", None,
         [("numbered", "Kế hoạch số 130-KH/TU ngày 2/4/2024", "Kế hoạch", "130", "130-KH/TU", "2024-04-02",
           "Thành ủy Đà Nẵng")]),
        # … not when the clause names a province, whose cities are many, or two places
        ("Sở Y tế Nghệ An đã tham mưu Thành ủy ban hành Kế hoạch số 130-KH/TU ngày 2/4/2024 về y tế cơ sở.", None,
         [("numbered", "Kế hoạch số 130-KH/TU ngày 2/4/2024", "Kế hoạch", "130", "130-KH/TU", "2024-04-02",
           "Thành ủy")]),
        # regression: lower-case words of its kind between a plan's noun and its number ("Kế hoạch giáo dục nhà trường số
        # 45/KH-THPT") split one plan in two: a plan of no number and a bare symbol
        ("Trường THPT Lê Lợi đã ban hành Kế hoạch giáo dục nhà trường số 45/KH-THPT ngày 5/9/2023.", place("Quảng Trị"),
         [("numbered", "Kế hoạch giáo dục nhà trường số 45/KH-THPT ngày 5/9/2023", "Kế hoạch", "45", "45/KH-THPT",
           "2023-09-05", None)]),
        ("UBND huyện ban hành Kế hoạch phòng, chống dịch sốt xuất huyết số 88/KH-UBND ngày 3/3/2024.", place("Long An"),
         [("numbered", "Kế hoạch phòng, chống dịch sốt xuất huyết số 88/KH-UBND ngày 3/3/2024", "Kế hoạch", "88",
           "88/KH-UBND", "2024-03-03", "UBND huyện")]),
        # … not when the symbol is of another type: the noun is another document
        ("Các xã xây dựng kế hoạch hoạt động theo số 12/QĐ-UBND ngày 3/3/2024.", place("Long An"),
         [("numbered", "12/QĐ-UBND ngày 3/3/2024", "Quyết định", "12", "12/QĐ-UBND", "2024-03-03", None)]),
        # regression: "tạm thời" between the noun and its number split one guide in two ("Hướng dẫn tạm thời số
        # 2468/HD-BYT" was an unnumbered guide and a bare symbol)
        ("Sở Y tế triển khai Hướng dẫn tạm thời số 2468/HD-BYT ngày 14/12/2021 của Bộ Y tế tới các trạm y tế.",
         place("Nghệ An"),
         [("numbered", "Hướng dẫn tạm thời số 2468/HD-BYT ngày 14/12/2021 của Bộ Y tế", "Hướng dẫn", "2468",
           "2468/HD-BYT", "2021-12-14", "Bộ Y tế")]),
        # regression: the type's code in brackets before the number ("Chương trình hành động (CTr) số 17-CTr/TU") made an
        # unnumbered programme and a bare symbol, of the Tỉnh ủy
        ("Ban Thường vụ Thị ủy Kỳ Anh ban hành Chương trình hành động (CTr) số 17-CTr/TU ngày 10/8/2022.",
         place("Hà Tĩnh"),
         [("numbered", "Chương trình hành động (CTr) số 17-CTr/TU ngày 10/8/2022", "Chương trình hành động", "17",
           "17-CTr/TU", "2022-08-10", "Ban Thường vụ Thị ủy Kỳ Anh")]),
        # regression: a document alone in brackets after a body is that body's (it was the first body's of
        # its code in the text)
        ("Các huyện ủy đã ban hành kế hoạch, như: Huyện ủy Đô Lương (Kế hoạch số 120-KH/HU), Huyện ủy Yên Thành "
         "(Kế hoạch số 98-KH/HU).", place("Nghệ An"),
         [("numbered", "Kế hoạch số 120-KH/HU", "Kế hoạch", "120", "120-KH/HU", None, "Huyện ủy Đô Lương"),
          ("numbered", "Kế hoạch số 98-KH/HU", "Kế hoạch", "98", "98-KH/HU", None, "Huyện ủy Yên Thành")]),
        # … but not a Party document in brackets after a People's Council's or Committee's officer, whom a sanction
        # concerns ("… cảnh cáo đối với đồng chí Chủ tịch HĐND xã (Quyết định số 412-QĐ/UBKTTU)" was the
        # Chairman's decision): its code names its body, later
        ("Ủy ban Kiểm tra Huyện ủy quyết định thi hành kỷ luật bằng hình thức khiển trách đối với đồng chí Phó Chủ tịch "
         "UBND xã (Quyết định số 58-QĐ/UBKTHU).", place("Nghệ An"),
         [("numbered", "Quyết định số 58-QĐ/UBKTHU", "Quyết định", "58", "58-QĐ/UBKTHU", None, None)]),
        # regression: "kiểm tra" or "thực hiện" between the noun and its number split one document in two
        ("Ủy ban Kiểm tra Tỉnh ủy ban hành Thông báo kết luận kiểm tra số 85-TB/UBKTTU ngày 9/9/2024 về kết quả "
         "kiểm tra.", place("Quảng Ngãi"),
         [("numbered", "Thông báo kết luận kiểm tra số 85-TB/UBKTTU ngày 9/9/2024", "Thông báo", "85", "85-TB/UBKTTU",
           "2024-09-09", "Ủy ban Kiểm tra Tỉnh ủy Quảng Ngãi")]),
        ("Tỉnh ủy Hưng Yên đã ban hành Kế hoạch thực hiện số 62-KH/TU ngày 5/8/2021.", None,
         [("numbered", "Kế hoạch thực hiện số 62-KH/TU ngày 5/8/2021", "Kế hoạch", "62", "62-KH/TU", "2021-08-05",
           "Tỉnh ủy Hưng Yên")]),
        # regression: "làm việc" between the noun and its number ("Quy chế làm việc số 01-QC/ĐU", the first document
        # of a new commune's Party committee) split it in two
        ("Ngày 2/7/2025, Đảng ủy xã Đức Thọ đã ban hành Quy chế làm việc số 01-QC/ĐU.", place("Hà Tĩnh"),
         [("numbered", "Quy chế làm việc số 01-QC/ĐU", "Quy chế", "01", "01-QC/ĐU", "2025-07-02",
           "Đảng ủy xã Đức Thọ")]),
        # regression: a council's vote before its verb ("HĐND tỉnh nhất trí thông qua …", "… biểu quyết thông qua …") was no
        # issuing, so the council's unnumbered resolution had no issuer
        ("Chiều 10/12, HĐND tỉnh đã biểu quyết thông qua Nghị quyết về dự toán ngân sách năm 2025.", place("Quảng Nam"),
         [("new", "Nghị quyết về dự toán ngân sách năm 2025", "Nghị quyết", None, None, None, "HĐND tỉnh Quảng Nam")]),
        ("HĐND tỉnh nhất trí thông qua Nghị quyết về dự toán ngân sách năm 2025.", place("Quảng Nam"),
         [("new", "Nghị quyết về dự toán ngân sách năm 2025", "Nghị quyết", None, None, None, "HĐND tỉnh Quảng Nam")]),
        # regression: "kết quả kiểm toán", "thẩm định quyết toán" between the noun and its number left the audit's
        # notice and the finance department's undated, the noun apart from its number
        ("Ngày 23/8/2024, KTNN ban hành Thông báo kết quả kiểm toán số 215/TB-KTNN, kiến nghị xử lý tài chính 310,4 tỷ "
         "đồng.", place("Phú Yên"),
         [("numbered", "Thông báo kết quả kiểm toán số 215/TB-KTNN", "Thông báo", "215", "215/TB-KTNN", "2024-08-23",
           None)]),
        ("Ngày 5/3/2024, Sở Tài chính ban hành Thông báo thẩm định quyết toán số 15/TB-STC.", place("Phú Yên"),
         [("numbered", "Thông báo thẩm định quyết toán số 15/TB-STC", "Thông báo", "15", "15/TB-STC", "2024-03-05",
           "Sở Tài chính Phú Yên")]),
        # regression: an urgent telegram ("hỏa tốc") and an inter-department guide ("01/HDLN-…") split in two
        ("Thủ tướng Chính phủ vừa ký Công điện hỏa tốc số 25/CĐ-TTg ngày 15/3/2025 về giải ngân.", None,
         [("numbered", "Công điện hỏa tốc số 25/CĐ-TTg ngày 15/3/2025", "Công điện", "25", "25/CĐ-TTg", "2025-03-15",
           "Thủ tướng Chính phủ")]),
        # regression: what an inspection, a judgment's enforcement or a prosecution decides ("Kết luận thanh tra",
        # "Quyết định thi hành án", "Quyết định khởi tố vụ án hình sự") split in two: an unnumbered document and a
        # bare symbol
        ("Ngày 22/4/2024, Thanh tra tỉnh Quảng Ngãi ban hành Kết luận thanh tra số 12/KL-TTr về việc quản lý đất đai.",
         None,
         [("numbered", "Kết luận thanh tra số 12/KL-TTr", "Kết luận", "12", "12/KL-TTr", "2024-04-22",
           "Thanh tra tỉnh Quảng Ngãi")]),
        ("Ngày 26/2/2024, Cơ quan Cảnh sát điều tra Công an tỉnh Lâm Đồng đã ra Quyết định khởi tố vụ án hình sự số "
         "12/QĐ-CSĐT.", None,
         [("numbered", "Quyết định khởi tố vụ án hình sự số 12/QĐ-CSĐT", "Quyết định", "12", "12/QĐ-CSĐT",
           "2024-02-26", "Công an tỉnh Lâm Đồng")]),
        ("Chi cục đã ban hành Quyết định thi hành án số 1532/QĐ-CCTHADS ngày 20/10/2023.", None,
         [("numbered", "Quyết định thi hành án số 1532/QĐ-CCTHADS ngày 20/10/2023", "Quyết định", "1532",
           "1532/QĐ-CCTHADS", "2023-10-20", None)]),
        ("Sở Nội vụ và Sở Tài chính vừa ban hành Hướng dẫn liên ngành số 01/HDLN-SNV-STC ngày 20/5/2025.",
         place("Hưng Yên"),
         [("numbered", "Hướng dẫn liên ngành số 01/HDLN-SNV-STC ngày 20/5/2025", "Hướng dẫn", "01",
           "01/HDLN-SNV-STC", "2025-05-20", "Sở Nội vụ Hưng Yên")]),
        # regression: a joint guide ("Hướng dẫn liên tịch số 05/HDLT-…") split in two
        ("Sở Nội vụ và Sở Y tế vừa ban hành Hướng dẫn liên tịch số 05/HDLT-SNV-SYT ngày 2/10/2024.",
         place("Quảng Trị"),
         [("numbered", "Hướng dẫn liên tịch số 05/HDLT-SNV-SYT ngày 2/10/2024", "Hướng dẫn liên tịch", "05",
           "05/HDLT-SNV-SYT", "2024-10-02", "Sở Nội vụ Quảng Trị")]),
        # regression: a plenum named without "của" is the issuer
        ("quán triệt Nghị quyết số 04-NQ/TW ngày 30/10/2016 Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng "
         "khóa XII về xây dựng Đảng", None,
         [("numbered", "Nghị quyết số 04-NQ/TW ngày 30/10/2016 Hội nghị lần thứ tư Ban Chấp hành Trung ương "
           "Đảng khóa XII", "Nghị quyết", "04", "04-NQ/TW", "2016-10-30", "Ban Chấp hành Trung ương Đảng")]),
        # regression: "có" issues a numbered document without "đã" ("có kế hoạch" alone is still to make)
        ("Ban Thường vụ Tỉnh ủy có Kế hoạch số 12-KH/TU ngày 5/7/2024.", place("Hà Tĩnh"),
         [("numbered", "Kế hoạch số 12-KH/TU ngày 5/7/2024", "Kế hoạch", "12", "12-KH/TU", "2024-07-05",
           "Ban Thường vụ Tỉnh ủy Hà Tĩnh")]),
        # an issuing clause gives the subject and the date of the sentence's opening
        ("Ngày 16/5/2022, UBND tỉnh Thanh Hóa ban hành Chỉ thị số 06/CT-UBND về chuyển đổi số.", None,
         [("numbered", "Chỉ thị số 06/CT-UBND", "Chỉ thị", "06", "06/CT-UBND", "2022-05-16", "UBND tỉnh Thanh Hóa")]),
        # regression: a type written with every word capitalised was not read, and the all-hyphen
        # symbol after it was lost with it
        ("Tỉnh ủy thực hiện Nghị Quyết số 72-NQ-TW của Bộ Chính trị.", None,
         [("numbered", "Nghị Quyết số 72-NQ-TW của Bộ Chính trị", "Nghị quyết", "72", "72-NQ/TW", None,
           "Bộ Chính trị")]),
        ("UBND huyện ban hành Kế Hoạch số 15/KH-UBND.", place("Hà Tĩnh", "Can Lộc"),
         [("numbered", "Kế Hoạch số 15/KH-UBND", "Kế hoạch", "15", "15/KH-UBND", None, "UBND huyện Can Lộc")]),
        # regression: "công tác" between the noun and its number ("Chương trình công tác số 02-CTr/TĐTN-VP" was an
        # unnumbered programme of the Tỉnh Đoàn and a second, numbered one)
        # regression: "Kế hoạch phối hợp" was no type of its own: the joint plan was a Kế hoạch of code KH, its KHPH symbol
        # conflicting (and a printed one's heading "KẾ HOẠCH PHỐI HỢP" named no type: no subject read)
        ("Sở Y tế ký Kế hoạch phối hợp số 12/KHPH-SYT-HCTĐ ngày 5/3/2024.", place("Nghệ An"),
         [("numbered", "Kế hoạch phối hợp số 12/KHPH-SYT-HCTĐ ngày 5/3/2024", "Kế hoạch phối hợp", "12",
           "12/KHPH-SYT-HCTĐ", "2024-03-05", "Sở Y tế Nghệ An")]),
        ("Tỉnh Đoàn ban hành Chương trình công tác số 02-CTr/TĐTN-VP ngày 20/1/2023.", place("Nghệ An"),
         [("numbered", "Chương trình công tác số 02-CTr/TĐTN-VP ngày 20/1/2023", "Chương trình", "02",
           "02-CTr/TĐTN-VP", "2023-01-20", "Tỉnh đoàn Nghệ An")]),
        # a resolution named by its congress or plenum
        ("Chương trình hành động thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XIX, nhiệm kỳ 2020-2025",
         place("Nghệ An"),
         [("named", "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XIX", "Nghị quyết", None, None, None,
           "Đại hội đại biểu Đảng bộ tỉnh Nghệ An lần thứ XIX")]),
        # regression: "của" between the noun and the congress ("tiếp tục thực hiện Nghị quyết của Đại hội Đảng bộ huyện …
        # lần thứ XXIII" was no citation)
        ("Các chi bộ tiếp tục thực hiện Nghị quyết của Đại hội Đảng bộ huyện Phong Thổ lần thứ XXI, nhiệm kỳ 2015 - 2020.",
         place("Lai Châu"),
         [("named", "Nghị quyết của Đại hội Đảng bộ huyện Phong Thổ lần thứ XXI", "Nghị quyết", None, None, None,
           "Đại hội đại biểu Đảng bộ huyện Phong Thổ lần thứ XXI")]),
        ("Hội viên học tập Nghị quyết của Đại hội Phụ nữ tỉnh Hòa Bình lần thứ XVI.", place("Hòa Bình"),
         [("named", "Nghị quyết của Đại hội Phụ nữ tỉnh Hòa Bình lần thứ XVI", "Nghị quyết", None, None, None,
           "Đại hội Hội Liên hiệp Phụ nữ tỉnh Hòa Bình lần thứ XVI")]),
        # regression: … of the province whose committee the sentence names, in an article about another (a round-up)
        ("Ban Chấp hành Đảng bộ tỉnh Tuyên Quang ban hành Chương trình hành động số 01-CTr/TU thực hiện Nghị quyết Đại "
         "hội Đảng bộ tỉnh lần thứ XVIII", place("Thanh Hóa"),
         [("numbered", "Chương trình hành động số 01-CTr/TU", "Chương trình hành động", "01", "01-CTr/TU", None,
           "Ban Chấp hành Đảng bộ tỉnh Tuyên Quang"),
          ("named", "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVIII", "Nghị quyết", None, None, None,
           "Đại hội đại biểu Đảng bộ tỉnh Tuyên Quang lần thứ XVIII")]),
        # regression: … and after the abbreviation "NQ" ("triển khai thực hiện NQ Đại hội XIII của Đảng" was no citation)
        ("Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 25-KH/TU thực hiện NQ Đại hội XIII của Đảng", place("Hà Tĩnh"),
         [("numbered", "Kế hoạch số 25-KH/TU", "Kế hoạch", "25", "25-KH/TU", None, "Ban Thường vụ Tỉnh ủy Hà Tĩnh"),
          ("named", "NQ Đại hội XIII của Đảng", "Nghị quyết", None, None, None,
           "Đại hội đại biểu toàn quốc lần thứ XIII của Đảng")]),
        # regression: the nation's congress by its number alone after "Đại hội" ("Đảng ủy phường … xây dựng Kế hoạch số
        # 40-KH/ĐU thực hiện Nghị quyết Đại hội XIV" was no citation: the name had neither "toàn quốc" nor "của Đảng");
        # a local congress of that number the text named first is that one
        ("Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 52-KH/TU thực hiện Nghị quyết Đại hội XIV.", place("Nghệ An"),
         [("numbered", "Kế hoạch số 52-KH/TU", "Kế hoạch", "52", "52-KH/TU", None, "Ban Thường vụ Tỉnh ủy Nghệ An"),
          ("named", "Nghị quyết Đại hội XIV", "Nghị quyết", None, None, None,
           "Đại hội đại biểu toàn quốc lần thứ XIV của Đảng")]),
        ("Sau hai năm thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XIV, 12/18 chỉ tiêu Nghị quyết Đại hội XIV đề "
         "ra đã đạt.", place("Hà Tĩnh"),
         [("named", "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XIV", "Nghị quyết", None, None, None,
           "Đại hội đại biểu Đảng bộ tỉnh Hà Tĩnh lần thứ XIV"),
          ("named", "Nghị quyết Đại hội XIV", "Nghị quyết", None, None, None,
           "Đại hội đại biểu Đảng bộ tỉnh Hà Tĩnh lần thứ XIV")]),
        ("Các cấp ủy quán triệt NQ Đại hội Đảng bộ tỉnh lần thứ XIX; KH Đại hội Đoàn", place("Hà Tĩnh"),
         [("named", "NQ Đại hội Đảng bộ tỉnh lần thứ XIX", "Nghị quyết", None, None, None,
           "Đại hội đại biểu Đảng bộ tỉnh Hà Tĩnh lần thứ XIX")]),
        # regression: … named only as the committee issuing the document that carries it out, after another
        # province's congress in the sentence (it was the article's province's)
        ("Tỉnh ủy Gia Lai đã ban hành Chương trình hành động số 05-CTr/TU thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần "
         "thứ XVI, còn Tỉnh ủy Bình Định ban hành Chương trình hành động số 03-CTr/TU thực hiện Nghị quyết Đại hội Đảng "
         "bộ tỉnh lần thứ XX", place("Gia Lai"),
         [("numbered", "Chương trình hành động số 05-CTr/TU", "Chương trình hành động", "05", "05-CTr/TU", None,
           "Tỉnh ủy Gia Lai"),
          ("named", "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVI", "Nghị quyết", None, None, None,
           "Đại hội đại biểu Đảng bộ tỉnh Gia Lai lần thứ XVI"),
          ("numbered", "Chương trình hành động số 03-CTr/TU", "Chương trình hành động", "03", "03-CTr/TU", None,
           "Tỉnh ủy Bình Định"),
          ("named", "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XX", "Nghị quyết", None, None, None,
           "Đại hội đại biểu Đảng bộ tỉnh Bình Định lần thứ XX")]),
        # … a district committee's in a province's paper
        ("Huyện ủy Yên Thành ban hành Chương trình hành động số 02-CTr/HU thực hiện Nghị quyết Đại hội Đảng bộ huyện "
         "lần thứ XXV", place("Nghệ An"),
         [("numbered", "Chương trình hành động số 02-CTr/HU", "Chương trình hành động", "02", "02-CTr/HU", None,
           "Huyện ủy Yên Thành"),
          ("named", "Nghị quyết Đại hội Đảng bộ huyện lần thứ XXV", "Nghị quyết", None, None, None,
           "Đại hội đại biểu Đảng bộ huyện Yên Thành lần thứ XXV")]),
        # regression: a city's level words written in capitals ("Đảng bộ Thành phố lần thứ I", a Hồ Chí Minh paper's
        # way) named no congress: the name stopped at "Thành", which is no level word
        ("Chương trình hành động thực hiện Nghị quyết Đại hội đại biểu Đảng bộ Thành phố lần thứ I, nhiệm kỳ "
         "2025-2030", place("Hồ Chí Minh"),
         [("named", "Nghị quyết Đại hội đại biểu Đảng bộ Thành phố lần thứ I", "Nghị quyết", None, None, None,
           "Đại hội đại biểu Đảng bộ thành phố Hồ Chí Minh lần thứ I")]),
        # regression: the congress of a bloc or of the Party agencies named no document ("… thực hiện Nghị quyết Đại hội
        # đại biểu Đảng bộ Khối lần thứ IX": no level word after "Đảng bộ"): the body as issuers name it, localised so
        ("Chương trình hành động số 05-CTr/ĐUK thực hiện Nghị quyết Đại hội đại biểu Đảng bộ Khối lần thứ IX, nhiệm kỳ "
         "2020 - 2025", place("Thanh Hóa"),
         [("numbered", "Chương trình hành động số 05-CTr/ĐUK", "Chương trình hành động", "05", "05-CTr/ĐUK", None,
           None),
          ("named", "Nghị quyết Đại hội đại biểu Đảng bộ Khối lần thứ IX", "Nghị quyết", None, None, None,
           "Đại hội đại biểu Đảng bộ Khối Thanh Hóa lần thứ IX")]),
        ("Chương trình hành động thực hiện Nghị quyết Đại hội đại biểu Đảng bộ các cơ quan Đảng Trung ương lần thứ I",
         None,
         [("named", "Nghị quyết Đại hội đại biểu Đảng bộ các cơ quan Đảng Trung ương lần thứ I", "Nghị quyết", None,
           None, None, "Đại hội đại biểu Đảng bộ các cơ quan Đảng Trung ương lần thứ I")]),
        # regression: a speaker's "chúng tôi" is the body the speaker heads ("Đồng chí Nguyễn Văn Hiển - Bí thư Thành ủy
        # Tuyên Quang: Chúng tôi đã ban hành Kế hoạch số 120-KH/TU …" was the Tỉnh ủy's, the code's body)
        ("Đồng chí Nguyễn Văn Hiển - Bí thư Thành ủy Tuyên Quang: Chúng tôi đã ban hành Kế hoạch số 120-KH/TU ngày "
         "10/8/2021 để triển khai.", place("Tuyên Quang"),
         [("numbered", "Kế hoạch số 120-KH/TU ngày 10/8/2021", "Kế hoạch", "120", "120-KH/TU", "2021-08-10",
           "Thành ủy Tuyên Quang")]),
        # regression: an institution's congress named by its kind alone named no document ("Nghị quyết Đại hội Đảng bộ
        # Bệnh viện lần thứ XIII" after "Đảng ủy Bệnh viện Trung ương Huế"): the grassroots committee of that kind
        ("Quán triệt Nghị quyết Đại hội Đảng bộ Trường lần thứ XXXII, nhiệm kỳ 2020 - 2025", place("Nghệ An"),
         [("named", "Nghị quyết Đại hội Đảng bộ Trường lần thứ XXXII", "Nghị quyết", None, None, None,
           "Đại hội đại biểu Đảng bộ Trường lần thứ XXXII")]),
        ("Quán triệt Nghị quyết Đại hội Đảng bộ lần thứ XX", place("Nghệ An"), []),  # of no kind: none
        # regression: the army's and the border guard's congresses, their Party organisations named as no body
        ("Quán triệt Nghị quyết Đại hội đại biểu Đảng bộ Quân đội lần thứ XI", place("Nghệ An"),
         [("named", "Nghị quyết Đại hội đại biểu Đảng bộ Quân đội lần thứ XI", "Nghị quyết", None, None, None,
           "Đại hội đại biểu Đảng bộ Quân đội lần thứ XI")]),
        ("Quán triệt Nghị quyết Đại hội đại biểu Đảng bộ Bộ đội Biên phòng lần thứ XI", place("Quảng Bình"),
         [("named", "Nghị quyết Đại hội đại biểu Đảng bộ Bộ đội Biên phòng lần thứ XI", "Nghị quyết", None, None, None,
           "Đại hội đại biểu Đảng bộ Bộ đội Biên phòng lần thứ XI")]),
        # regression: a mass organisation's congress named no document ("Thực hiện Nghị quyết Đại hội đại biểu Phụ nữ
        # tỉnh Nghệ An lần thứ XVIII, …"), or the Party's ("Nghị quyết Đại hội Đoàn toàn quốc lần thứ XII" was the
        # Party's XII congress); a chapter of a level is localised, the whole country's is central
        ("Thực hiện Nghị quyết Đại hội đại biểu Phụ nữ tỉnh Nghệ An lần thứ XVIII, nhiệm kỳ 2021 - 2026, Hội LHPN "
         "huyện đã ban hành", place("Nghệ An"),
         [("named", "Nghị quyết Đại hội đại biểu Phụ nữ tỉnh Nghệ An lần thứ XVIII", "Nghị quyết", None, None, None,
           "Đại hội Hội Liên hiệp Phụ nữ tỉnh Nghệ An lần thứ XVIII")]),
        ("Để thực hiện Nghị quyết Đại hội Đoàn toàn quốc lần thứ XII và Nghị quyết Đại hội đại biểu Hội Nông dân tỉnh "
         "lần thứ X", place("Bắc Giang"),
         [("named", "Nghị quyết Đại hội Đoàn toàn quốc lần thứ XII", "Nghị quyết", None, None, None,
           "Đại hội đại biểu toàn quốc Đoàn TNCS Hồ Chí Minh lần thứ XII"),
          ("named", "Nghị quyết Đại hội đại biểu Hội Nông dân tỉnh lần thứ X", "Nghị quyết", None, None, None,
           "Đại hội Hội Nông dân tỉnh Bắc Giang lần thứ X")]),
        # regression: "toàn" before the level word, the whole province's or district's congress, named no document
        # ("cụ thể hóa Nghị quyết Đại hội Đoàn toàn tỉnh lần thứ X", "Nghị quyết Đại hội Đảng bộ toàn tỉnh lần thứ XIX")
        ("Các cấp bộ Đoàn cụ thể hóa Nghị quyết Đại hội Đoàn toàn tỉnh lần thứ X, nhiệm kỳ 2017 - 2022 và Nghị quyết "
         "Đại hội Đảng bộ toàn tỉnh lần thứ XIX", place("Bến Tre"),
         [("named", "Nghị quyết Đại hội Đoàn toàn tỉnh lần thứ X", "Nghị quyết", None, None, None,
           "Đại hội Đoàn TNCS Hồ Chí Minh tỉnh Bến Tre lần thứ X"),
          ("named", "Nghị quyết Đại hội Đảng bộ toàn tỉnh lần thứ XIX", "Nghị quyết", None, None, None,
           "Đại hội đại biểu Đảng bộ tỉnh Bến Tre lần thứ XIX")]),
        ("gắn với Nghị quyết Đại hội XIII Công đoàn Việt Nam; thực hiện Nghị quyết Đại hội Phụ nữ các cấp", None,
         [("named", "Nghị quyết Đại hội XIII Công đoàn Việt Nam", "Nghị quyết", None, None, None,
           "Đại hội Công đoàn Việt Nam lần thứ XIII")]),
        ("quán triệt Nghị quyết Trung ương 4 khóa XII về xây dựng Đảng", None,
         [("named", "Nghị quyết Trung ương 4 khóa XII", "Nghị quyết", None, None, None,
           "Ban Chấp hành Trung ương Đảng")]),
        # regression: the abbreviation "NQ" before a plenum ("gắn với thực hiện NQ TW 4 khóa XII" was no citation)
        ("gắn với thực hiện NQ TW 4 khóa XII về xây dựng Đảng", None,
         [("named", "NQ TW 4 khóa XII", "Nghị quyết", None, None, None, "Ban Chấp hành Trung ương Đảng")]),
        # regression: … glued to it, or before "TƯ" ("gắn với thực hiện CT 05 và NQTW4 khóa XII" was no citation)
        ("gắn với thực hiện NQTW4 khóa XII về xây dựng Đảng", None,
         [("named", "NQTW4 khóa XII", "Nghị quyết", None, None, None, "Ban Chấp hành Trung ương Đảng")]),
        ("gắn với thực hiện NQ TƯ 4 khóa XII về xây dựng Đảng", None,
         [("named", "NQ TƯ 4 khóa XII", "Nghị quyết", None, None, None, "Ban Chấp hành Trung ương Đảng")]),
        ("KL TW 4 khóa XII", None, []),  # a Kết luận is no plenum's name
        # regression: the plenum named by its ordinal in words
        ("quán triệt Nghị quyết Hội nghị lần thứ tám Ban Chấp hành Trung ương Đảng khóa XIII về", None,
         [("named", "Nghị quyết Hội nghị lần thứ tám Ban Chấp hành Trung ương Đảng khóa XIII", "Nghị quyết", None,
           None, None, "Ban Chấp hành Trung ương Đảng")]),
        # regression: "TƯ" for "Trung ương", "lần thứ" after it, the committee named before its ordinal ("Để thực hiện
        # Nghị quyết TƯ 5 khóa IX, ngày 20/6/2002, Ban Thường vụ Tỉnh ủy … ban hành …" was no citation)
        ("Để thực hiện Nghị quyết TƯ 5 khóa IX, tỉnh ban hành", None,
         [("named", "Nghị quyết TƯ 5 khóa IX", "Nghị quyết", None, None, None, "Ban Chấp hành Trung ương Đảng")]),
        ("thực hiện Nghị quyết Hội nghị Trung ương lần thứ 5 khóa XII về", None,
         [("named", "Nghị quyết Hội nghị Trung ương lần thứ 5 khóa XII", "Nghị quyết", None, None, None,
           "Ban Chấp hành Trung ương Đảng")]),
        ("thực hiện Nghị quyết Hội nghị BCH Trung ương lần thứ sáu khóa XII về", None,
         [("named", "Nghị quyết Hội nghị BCH Trung ương lần thứ sáu khóa XII", "Nghị quyết", None, None, None,
           "Ban Chấp hành Trung ương Đảng")]),
        ("thực hiện Nghị quyết Hội nghị lần thứ 5 BCH TW khóa XII về", None,
         [("named", "Nghị quyết Hội nghị lần thứ 5 BCH TW khóa XII", "Nghị quyết", None, None, None,
           "Ban Chấp hành Trung ương Đảng")]),
        ("Nghị quyết Ban Chấp hành Trung ương Đảng về công tác dân vận", None, []),  # no plenum named
        # regression: a conclusion of a plenum named by its number, with or without its term ("Kết luận số 64-KL/TW
        # ngày 28/10/2023 của Hội nghị Trung ương 8 về tiếp tục thực hiện …": the mention stopped before "8", and
        # what the title says it continues was lost)
        ("Kết luận số 64-KL/TW ngày 28/10/2023 của Hội nghị Trung ương 8 về tiếp tục thực hiện", None,
         [("numbered", "Kết luận số 64-KL/TW ngày 28/10/2023 của Hội nghị Trung ương 8", "Kết luận", "64", "64-KL/TW",
           "2023-10-28", "Ban Chấp hành Trung ương Đảng")]),
        ("Kết luận số 21-KL/TW ngày 25/10/2021 của Hội nghị Trung ương 4 khóa XIII về đẩy mạnh", None,
         [("numbered", "Kết luận số 21-KL/TW ngày 25/10/2021 của Hội nghị Trung ương 4 khóa XIII", "Kết luận", "21",
           "21-KL/TW", "2021-10-25", "Ban Chấp hành Trung ương Đảng")]),
        # regression: numbers that share the last one's symbol ("Nghị quyết số 18, 19-NQ/TW ngày 25/10/2017 …" gave
        # an unnumbered "Nghị quyết số 18" of no issuer; "… số 26, 27 và 28-NQ/TW" lost 27 as well)
        ("thực hiện Nghị quyết số 18, 19-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương Đảng khóa XII", None,
         [("numbered", "Nghị quyết số 18", "Nghị quyết", "18", "18-NQ/TW", None, None),  # the list's tails: references
          ("numbered", "19-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương Đảng khóa XII", "Nghị quyết", "19",
           "19-NQ/TW", "2017-10-25", "Ban Chấp hành Trung ương Đảng")]),
        ("sơ kết các Nghị quyết số 26, 27 và 28-NQ/TW của Ban Chấp hành Trung ương Đảng", None,
         [("numbered", "Nghị quyết số 26", "Nghị quyết", "26", "26-NQ/TW", None, None),
          ("numbered", "27", "Nghị quyết", "27", "27-NQ/TW", None, None),
          ("numbered", "28-NQ/TW của Ban Chấp hành Trung ương Đảng", "Nghị quyết", "28", "28-NQ/TW", None,
           "Ban Chấp hành Trung ương Đảng")]),
        ("Chỉ thị số 05, 06-CT/TU của Ban Thường vụ Tỉnh ủy", place("Nghệ An"),
         [("numbered", "Chỉ thị số 05", "Chỉ thị", "05", "05-CT/TU", None, None),
          ("numbered", "06-CT/TU của Ban Thường vụ Tỉnh ủy", "Chỉ thị", "06", "06-CT/TU", None,
           "Ban Thường vụ Tỉnh ủy Nghệ An")]),
        ("Nghị quyết số 18, 19-CT/TW", None,  # another type's symbol is not the list's
         [("numbered", "Nghị quyết số 18", "Nghị quyết", "18", None, None, None),
          ("numbered", "19-CT/TW", "Chỉ thị", "19", "19-CT/TW", None, None)]),
        # regression: the congresses of every level are no one congress ("quán triệt Nghị quyết Đại hội Đảng các cấp"
        # cited the national congress's resolution)
        ("quán triệt văn kiện Đại hội XIII và Nghị quyết Đại hội Đảng các cấp.", None, []),
        # "Thông báo kết luận" is one noun: no "Kết luận" inside it
        ("Thông báo kết luận số 256-TB/TU ngày 3/3/2025 của Ban Thường vụ Tỉnh ủy yêu cầu", place("Nghệ An"),
         [("numbered", "Thông báo kết luận số 256-TB/TU ngày 3/3/2025 của Ban Thường vụ Tỉnh ủy", "Thông báo",
           "256", "256-TB/TU", "2025-03-03", "Ban Thường vụ Tỉnh ủy Nghệ An")]),
        # regression: the body whose direction a letter conveys ("chỉ đạo của UBND tỉnh tại Công văn …") issued it
        ("Thực hiện chỉ đạo của UBND tỉnh tại Công văn số 567/UBND-KT ngày 3/2/2024, UBND huyện đã ban hành "
         "Kế hoạch số 45/KH-UBND.", place("Bến Tre", "Châu Thành"),
         [("numbered", "Công văn số 567/UBND-KT ngày 3/2/2024", "Công văn", "567", "567/UBND-KT", "2024-02-03",
           "UBND tỉnh Bến Tre"),
          ("numbered", "Kế hoạch số 45/KH-UBND", "Kế hoạch", "45", "45/KH-UBND", None, "UBND huyện Châu Thành")]),
        # … unless the letter's code names another body (the Government Office conveys the Prime Minister's:
        # its issuer comes from the code)
        ("Thực hiện ý kiến chỉ đạo của Thủ tướng Chính phủ tại Công văn số 1234/VPCP-KTTH ngày 3/2/2024.", None,
         [("numbered", "Công văn số 1234/VPCP-KTTH ngày 3/2/2024", "Công văn", "1234", "1234/VPCP-KTTH",
           "2024-02-03", None)]),
        # regression: "Văn bản số …" with a công văn's symbol was no citation (a generic noun); with a
        # type code it is the document its code names
        ("Ngày 10/5/2025, UBND tỉnh Kon Tum ban hành Văn bản số 1678/UBND-KTTH về việc rà soát dự án.", None,
         [("numbered", "Văn bản số 1678/UBND-KTTH", "Công văn", "1678", "1678/UBND-KTTH", "2025-05-10",
           "UBND tỉnh Kon Tum")]),
        ("UBND tỉnh có văn bản số 45/KH-UBND về tuyên truyền.", place("Hà Tĩnh"),
         [("numbered", "văn bản số 45/KH-UBND", "Kế hoạch", "45", "45/KH-UBND", None, "UBND tỉnh Hà Tĩnh")]),
        # regression: a notice's lowercase "kết luận" straight after its symbol is what it holds, no document
        ("Văn phòng Chính phủ vừa ban hành Thông báo số 123/TB-VPCP ngày 20/3/2025 kết luận của Thủ tướng Chính "
         "phủ tại cuộc họp về các dự án giao thông.", None,
         [("numbered", "Thông báo số 123/TB-VPCP ngày 20/3/2025", "Thông báo", "123", "123/TB-VPCP",
           "2025-03-20", "Văn phòng Chính phủ")]),
        # regression: … and so is its heading copied in capitals ("… Kết luận của Thường trực Tỉnh ủy về …" was also a
        # Kết luận of the committee's)
        ("Văn phòng Tỉnh ủy Cao Bằng ban hành Thông báo số 1520-TB/TU ngày 8/5/2023 Kết luận của Thường trực Tỉnh ủy "
         "về công tác phòng, chống buôn lậu trên tuyến biên giới.", None,
         [("numbered", "Thông báo số 1520-TB/TU ngày 8/5/2023", "Thông báo", "1520", "1520-TB/TU", "2023-05-08",
           "Văn phòng Tỉnh ủy Cao Bằng")]),
        # regression: … and so is one that opens its subject after "về" ("Thông báo số 335/TB-VPCP … của Văn phòng Chính
        # phủ về kết luận của Phó Thủ tướng …" was also a Kết luận of the Deputy Prime Minister's)
        ("UBND tỉnh giao các sở triển khai Thông báo số 218/TB-VPCP ngày 9/6/2024 của Văn phòng Chính phủ về kết luận "
         "của Phó Thủ tướng Chính phủ tại buổi làm việc với tỉnh.", None,
         [("numbered", "Thông báo số 218/TB-VPCP ngày 9/6/2024 của Văn phòng Chính phủ", "Thông báo", "218",
           "218/TB-VPCP", "2024-06-09", "Văn phòng Chính phủ")]),
        # regression: a capitalised word after "và" ended a law's name ("Luật Khoa học" and "Luật Hôn nhân"),
        # "của" too ("Luật Phòng, chống tác hại"); not before a body, a place or a treaty
        ("tuyên truyền Luật Khoa học và Công nghệ, Luật Hôn nhân và Gia đình năm 2014 và Luật Phòng, chống tác "
         "hại của rượu, bia đến nhân dân.", None,
         [("named", "Luật Khoa học và Công nghệ", "Luật", None, None, None, "Quốc hội"),
          ("named", "Luật Hôn nhân và Gia đình năm 2014", "Luật", None, None, None, "Quốc hội"),
          ("named", "Luật Phòng, chống tác hại của rượu, bia", "Luật", None, None, None, "Quốc hội")]),
        # regression: the occupational safety law's name ended at its comma ("Luật An toàn"), and a document listed after
        # it was no item of the list (a plan "căn cứ" the law and the directive rested on the law alone)
        ("Các doanh nghiệp thực hiện nghiêm Luật An toàn, vệ sinh lao động năm 2015 và Chỉ thị số 07/CT-TTg của Thủ "
         "tướng Chính phủ.", None,
         [("named", "Luật An toàn, vệ sinh lao động năm 2015", "Luật", None, None, None, "Quốc hội"),
          ("numbered", "Chỉ thị số 07/CT-TTg của Thủ tướng Chính phủ", "Chỉ thị", "07", "07/CT-TTg", None,
           "Thủ tướng Chính phủ")]),
        # regression: "hiện" of "Thực hiện" ended a law's name ("Luật Thực"); "hiện" after a name still does
        ("triển khai Luật Thực hiện dân chủ ở cơ sở; Luật Đất đai hiện đang được sửa đổi.", None,
         [("named", "Luật Thực hiện dân chủ ở cơ sở", "Luật", None, None, None, "Quốc hội"),
          ("named", "Luật Đất đai", "Luật", None, None, None, "Quốc hội")]),
        ("phổ biến Luật Biển Việt Nam và Công ước của Liên hợp quốc; Luật Đất đai của Quốc hội và Luật Đất đai "
         "và Chính phủ; Luật Đất đai và Nhân dân.", None,
         [("named", "Luật Biển Việt Nam", "Luật", None, None, None, "Quốc hội"),
          ("named", "Luật Đất đai", "Luật", None, None, None, "Quốc hội"),
          ("named", "Luật Đất đai", "Luật", None, None, None, "Quốc hội"),
          ("named", "Luật Đất đai", "Luật", None, None, None, "Quốc hội")]),
        # regression: "và" and a verb ran a law's name on into the next document ("… căn cứ Luật Đầu tư công và xét Tờ
        # trình số 215/TTr-UBND" was a law named "Đầu tư công và xét Tờ trình" with the submission's number)
        ("Kỳ họp thảo luận căn cứ Luật Đầu tư công và xét Tờ trình số 215/TTr-UBND ngày 2/12/2024 của UBND tỉnh.",
         place("Hà Tĩnh"),
         [("named", "Luật Đầu tư công", "Luật", None, None, None, "Quốc hội"),
          ("numbered", "Tờ trình số 215/TTr-UBND ngày 2/12/2024 của UBND tỉnh", "Tờ trình", "215", "215/TTr-UBND",
           "2024-12-02", "UBND tỉnh Hà Tĩnh")]),
        # regression: a joint document's second issuer ended its citation ("… của Bộ Nội vụ" and "và Bộ Tài chính;
        # Nghị quyết …" ended the list of bases); not a body that opens the next clause
        ("Căn cứ Thông tư liên tịch số 03/2016/TTLT-BNV-BTC ngày 30/6/2016 của Bộ Nội vụ và Bộ Tài chính; Nghị quyết "
         "số 36/2023/NQ-HĐND của HĐND tỉnh.", place("Hà Tĩnh"),
         [("numbered", "Thông tư liên tịch số 03/2016/TTLT-BNV-BTC ngày 30/6/2016 của Bộ Nội vụ và Bộ Tài chính",
           "Thông tư liên tịch", "03", "03/2016/TTLT-BNV-BTC", "2016-06-30", "Bộ Nội vụ"),
          ("numbered", "Nghị quyết số 36/2023/NQ-HĐND của HĐND tỉnh", "Nghị quyết", "36", "36/2023/NQ-HĐND", None,
           "HĐND tỉnh Hà Tĩnh")]),
        ("Căn cứ Thông tư liên tịch số 01/2015/TTLT-BNV-BTC của Bộ Nội vụ, Bộ Tài chính và Bộ Lao động - Thương binh và "
         "Xã hội; Nghị định số 29/2023/NĐ-CP.", None,
         [("numbered", "Thông tư liên tịch số 01/2015/TTLT-BNV-BTC của Bộ Nội vụ, Bộ Tài chính và Bộ Lao động - Thương "
           "binh và Xã hội", "Thông tư liên tịch", "01", "01/2015/TTLT-BNV-BTC", None, "Bộ Nội vụ"),
          ("numbered", "Nghị định số 29/2023/NĐ-CP", "Nghị định", "29", "29/2023/NĐ-CP", None, None)]),
        # regression: … and before the joint document's title with no "về" (the citation ended at the first ministry,
        # so "hướng dẫn thực hiện Nghị định số 92/2009/NĐ-CP" was no title and the circular implemented nothing)
        ("Thông tư liên tịch số 03/2010/TTLT-BNV-BTC-BLĐTBXH ngày 27-5-2010 của Bộ Nội vụ, Bộ Tài chính, Bộ Lao động - "
         "Thương binh và Xã hội hướng dẫn thực hiện Nghị định số 92/2009/NĐ-CP.", None,
         [("numbered", "Thông tư liên tịch số 03/2010/TTLT-BNV-BTC-BLĐTBXH ngày 27-5-2010 của Bộ Nội vụ, Bộ Tài chính, Bộ "
           "Lao động - Thương binh và Xã hội", "Thông tư liên tịch", "03", "03/2010/TTLT-BNV-BTC-BLĐTBXH", "2010-05-27",
           "Bộ Nội vụ"),
          ("numbered", "Nghị định số 92/2009/NĐ-CP", "Nghị định", "92", "92/2009/NĐ-CP", None, None)]),
        # regression: a numbered joint document's bodies after "giữa" ("căn cứ Nghị quyết liên tịch số
        # 01/2019/NQLT-ĐCT-BTVTWHND ngày 5/3/2019 giữa Đoàn Chủ tịch … và Ban Thường vụ …" had no issuer nor level)
        ("Căn cứ Nghị quyết liên tịch số 01/2019/NQLT-ĐCT-BTVTWHND ngày 5/3/2019 giữa Đoàn "
         "Chủ tịch Ủy ban Trung ương MTTQ Việt Nam và Ban Thường vụ Trung ương Hội Nông dân Việt Nam về phối hợp.", None,
         [("numbered", "Nghị quyết liên tịch số 01/2019/NQLT-ĐCT-BTVTWHND ngày 5/3/2019 giữa Đoàn Chủ tịch Ủy ban Trung "
           "ương MTTQ Việt Nam và Ban Thường vụ Trung ương Hội Nông dân Việt Nam", "Nghị quyết liên tịch", "01",
           "01/2019/NQLT-ĐCT-BTVTWHND", "2019-03-05", "Đoàn Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam")]),
        # regression: … joined by "với" ("Quy chế phối hợp số … giữa Bộ Chỉ huy BĐBP tỉnh với Công an tỉnh" had no issuer,
        # and was placed in the article's district)
        ("Đồn tham gia tuần tra theo Quy chế phối hợp số 210/QC-BĐBP-CA ngày 3/4/2018 giữa Bộ Chỉ huy BĐBP tỉnh với Công "
         "an tỉnh Lạng Sơn.", None,
         [("numbered", "Quy chế phối hợp số 210/QC-BĐBP-CA ngày 3/4/2018 giữa Bộ Chỉ huy BĐBP tỉnh với Công an tỉnh Lạng "
           "Sơn", "Quy chế", "210", "210/QC-BĐBP-CA", "2018-04-03", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh")]),
        # … not "với" after "của", which opens no partner ("… của UBND tỉnh với mục tiêu …")
        ("Huyện triển khai Kế hoạch số 45/KH-UBND của UBND tỉnh Lạng Sơn với Công an tỉnh tham gia.", None,
         [("numbered", "Kế hoạch số 45/KH-UBND của UBND tỉnh Lạng Sơn", "Kế hoạch", "45", "45/KH-UBND", None,
           "UBND tỉnh Lạng Sơn")]),
        ("Căn cứ Thông tư số 02/2024/TT-BNV của Bộ Nội vụ, UBND tỉnh ban hành Kế hoạch số 12/KH-UBND.", place("Hà Tĩnh"),
         [("numbered", "Thông tư số 02/2024/TT-BNV của Bộ Nội vụ", "Thông tư", "02", "02/2024/TT-BNV", None, "Bộ Nội vụ"),
          ("numbered", "Kế hoạch số 12/KH-UBND", "Kế hoạch", "12", "12/KH-UBND", None, "UBND tỉnh Hà Tĩnh")]),
        ("Thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị và Tỉnh ủy đã ban hành Kế hoạch số 12-KH/TU.", place("Hà Tĩnh"),
         [("numbered", "Chỉ thị số 05-CT/TW của Bộ Chính trị", "Chỉ thị", "05", "05-CT/TW", None, "Bộ Chính trị"),
          ("numbered", "Kế hoạch số 12-KH/TU", "Kế hoạch", "12", "12-KH/TU", None, "Tỉnh ủy Hà Tĩnh")]),
        # regression: OCR reads "số" as "sổ": "Kế hoạch sổ 420/KH-UBND" lost its noun, and "Kế hoạch sổ 45" its number
        ("trên cơ sở Kế hoạch sổ 420/KH-UBND ngày 20/12/2023 của UBND tỉnh và Kế hoạch sổ 45 của Huyện ủy.",
         place("Hà Tĩnh"),
         [("numbered", "Kế hoạch sổ 420/KH-UBND ngày 20/12/2023 của UBND tỉnh", "Kế hoạch", "420", "420/KH-UBND",
           "2023-12-20", "UBND tỉnh Hà Tĩnh"),
          ("numbered", "Kế hoạch sổ 45 của Huyện ủy", "Kế hoạch", "45", None, None, "Huyện ủy")]),
        # regression: the agent of a passive issuing verb dated after it, named at length ("… được Ban Chấp hành Đảng bộ
        # tỉnh ban hành ngày 22/9/2023" lost both its issuer and its date: the agent took four words at most)
        ("Chương trình hành động số 21-CTr/TU được Ban Chấp hành Đảng bộ tỉnh ban hành ngày 22/9/2023 xác định 6 nhóm "
         "nhiệm vụ.", place("Nghệ An"),
         [("numbered", "Chương trình hành động số 21-CTr/TU được Ban Chấp hành Đảng bộ tỉnh ban hành ngày 22/9/2023",
           "Chương trình hành động", "21", "21-CTr/TU", "2023-09-22", "Ban Chấp hành Đảng bộ tỉnh Nghệ An")]),
        ("Chương trình hành động thực hiện Nghị quyết 39 được Ban Chấp hành Đảng bộ tỉnh ban hành ngày 22/9/2023.",
         place("Nghệ An"), [("numbered", "Nghị quyết 39", "Nghị quyết", "39", None, None, None)]),
        # regression: … after a short opener, still the sentence's subject ("Được biết, Nghị quyết số 18-NQ/TW được Ban
        # Chấp hành Trung ương ban hành ngày 16/6/2022" lost both)
        ("Được biết, Chỉ thị số 07-CT/TU được Ban Thường vụ Tỉnh ủy ban hành ngày 14/3/2022 nhằm siết chặt quản lý "
         "đất đai.", place("Quảng Nam"),
         [("numbered", "Chỉ thị số 07-CT/TU được Ban Thường vụ Tỉnh ủy ban hành ngày 14/3/2022", "Chỉ thị", "07",
           "07-CT/TU", "2022-03-14", "Ban Thường vụ Tỉnh ủy Quảng Nam")]),
        # regression: … after the article's dateline, still the sentence's subject ("Điện Biên Phủ, 22/3/2023 - Kế hoạch
        # số 86-KH/TU được Ban Thường vụ Tỉnh ủy ban hành ngày 10/3/2023" lost both)
        ("Vinh, 12/4/2021 - Chỉ thị số 11-CT/TU được Ban Thường vụ Tỉnh ủy ban hành ngày 2/4/2021 về phòng, chống "
         "đuối nước.", place("Nghệ An"),
         [("numbered", "Chỉ thị số 11-CT/TU được Ban Thường vụ Tỉnh ủy ban hành ngày 2/4/2021", "Chỉ thị", "11",
           "11-CT/TU", "2021-04-02", "Ban Thường vụ Tỉnh ủy Nghệ An")]),
        ("(Baohatinh.vn) - Kế hoạch số 30-KH/HU được Huyện ủy ban hành ngày 5/6/2019 hướng dẫn sơ kết.", place("Hà Tĩnh"),
         [("numbered", "Kế hoạch số 30-KH/HU được Huyện ủy ban hành ngày 5/6/2019", "Kế hoạch", "30", "30-KH/HU",
           "2019-06-05", "Huyện ủy")]),
        # regression: a council's session beside the verb ("… được HĐND tỉnh khóa XII, kỳ họp thứ 7 thông qua ngày
        # 8/12/2023", "… thông qua tại kỳ họp thứ 8 ngày 21/3/2023" left the resolution undated)
        ("Nghị quyết số 52/2023/NQ-HĐND được HĐND tỉnh khóa XII, kỳ họp thứ 7 thông qua ngày 8/12/2023 và có hiệu lực "
         "từ ngày 18/12/2023.", place("Kon Tum"),
         [("numbered", "Nghị quyết số 52/2023/NQ-HĐND được HĐND tỉnh khóa XII, kỳ họp thứ 7 thông qua ngày 8/12/2023",
           "Nghị quyết", "52", "52/2023/NQ-HĐND", "2023-12-08", "HĐND tỉnh Kon Tum")]),
        ("Nghị quyết số 15/NQ-HĐND được HĐND tỉnh thông qua tại kỳ họp thứ 8 ngày 21/3/2023.", place("Kon Tum"),
         [("numbered", "Nghị quyết số 15/NQ-HĐND được HĐND tỉnh thông qua tại kỳ họp thứ 8 ngày 21/3/2023",
           "Nghị quyết", "15", "15/NQ-HĐND", "2023-03-21", "HĐND tỉnh Kon Tum")]),
        # regression: a law's session after its verb ("… được Quốc hội khóa XIII thông qua tại kỳ họp thứ 4 ngày
        # 21-11-2012" left the law undated)
        ("Luật Thủ đô số 25/2012/QH13 được Quốc hội khóa XIII thông qua tại kỳ họp thứ 4 ngày 21-11-2012, có hiệu lực "
         "từ ngày 1-7-2013.", None,
         [("numbered", "Luật Thủ đô số 25/2012/QH13 được Quốc hội khóa XIII thông qua tại kỳ họp thứ 4 ngày 21-11-2012",
           "Luật", "25", "25/2012/QH13", "2012-11-21", "Quốc hội")]),
        # regression: … "do" the agent, as news writes it, and the signer's name after the body's title ("Kế hoạch số
        # 231/KH-UBND do Phó chủ tịch UBND thành phố Nguyễn Mạnh Quyền ký ngày 18/7/2025" was undated)
        ("Kế hoạch số 231/KH-UBND do Phó chủ tịch UBND thành phố Nguyễn Mạnh Quyền ký ngày 18/7/2025 nhằm giảm ô nhiễm.",
         place("Hà Nội"),
         [("numbered", "Kế hoạch số 231/KH-UBND do Phó chủ tịch UBND thành phố Nguyễn Mạnh Quyền ký ngày 18/7/2025",
           "Kế hoạch", "231", "231/KH-UBND", "2025-07-18", "Phó Chủ tịch UBND thành phố Hà Nội")]),
        ("Chỉ thị số 09/CT-UBND được Chủ tịch UBND tỉnh Lâm Đồng Trần Văn Hiệp ký ban hành ngày 15/5/2024 về đất đai.",
         place("Lâm Đồng"),
         [("numbered", "Chỉ thị số 09/CT-UBND được Chủ tịch UBND tỉnh Lâm Đồng Trần Văn Hiệp ký ban hành ngày 15/5/2024",
           "Chỉ thị", "09", "09/CT-UBND", "2024-05-15", "Chủ tịch UBND tỉnh Lâm Đồng")]),
        # regression: a body that holds its meeting and, after a comma, passes the document had issued nothing ("Huyện ủy
        # Cần Giờ tổ chức hội nghị Ban Chấp hành Đảng bộ huyện mở rộng, thông qua Nghị quyết chuyên đề …" left it with
        # no issuer, so the same resolution numbered later was a second one)
        ("Ngày 10/9/2024, Huyện ủy Cần Giờ tổ chức hội nghị Ban Chấp hành Đảng bộ huyện mở rộng, thông qua Nghị quyết "
         "chuyên đề về phát triển kinh tế biển.", place("Hồ Chí Minh", "Cần Giờ"),
         [("new", "Nghị quyết chuyên đề về phát triển kinh tế biển", "Nghị quyết", None, None, "2024-09-10",
           "Huyện ủy Cần Giờ")]),
        # regression: … or reviews B first, after a dateline ("Tuy Hòa, 20/6/2023 - Thành ủy Tuy Hòa đã sơ kết …, đồng
        # thời ban hành A": the city's /TU was read as the province's Tỉnh ủy)
        ("Tuy Hòa, 20/6/2023 - Thành ủy Tuy Hòa đã sơ kết 5 năm thực hiện Nghị quyết số 11-NQ/TU của Ban Chấp hành Đảng "
         "bộ tỉnh, đồng thời ban hành Kết luận số 215-KL/TU về nhiệm vụ thời gian tới.", place("Phú Yên"),
         [("numbered", "Nghị quyết số 11-NQ/TU của Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết", "11", "11-NQ/TU", None,
           "Ban Chấp hành Đảng bộ tỉnh Phú Yên"),
          ("numbered", "Kết luận số 215-KL/TU", "Kết luận", "215", "215-KL/TU", None, "Thành ủy Tuy Hòa")]),
        # the subject of the issuing verb, with a place aside or an adverb before the verb
        ("Ngày 12/9/2025, Ban Chấp hành Đảng bộ xã Thạch Kim (huyện Lộc Hà) ban hành Kế hoạch số 05-KH/ĐU.",
         place("Hà Tĩnh"),
         [("numbered", "Kế hoạch số 05-KH/ĐU", "Kế hoạch", "05", "05-KH/ĐU", "2025-09-12",
           "Ban Chấp hành Đảng bộ xã Thạch Kim")]),
        ("Ban Thường vụ Thành ủy Vinh cũng ban hành Chỉ thị số 04-CT/ThU về trật tự đô thị.", place("Nghệ An"),
         [("numbered", "Chỉ thị số 04-CT/ThU", "Chỉ thị", "04", "04-CT/ThU", None,
           "Ban Thường vụ Thành ủy Vinh")]),
        # a bare symbol after another in a list takes its type from its code
        ("các Chỉ thị số 05-CT/TW và 06-CT/TW của Bộ Chính trị", None,
         [("numbered", "Chỉ thị số 05-CT/TW", "Chỉ thị", "05", "05-CT/TW", None, None),
          ("numbered", "06-CT/TW của Bộ Chính trị", "Chỉ thị", "06", "06-CT/TW", None, "Bộ Chính trị")]),
        # regression: "số" before no number ended a law's name ("Luật Chuyển đổi"), and "trật tự" after a comma did
        # ("Luật Lực lượng tham gia bảo vệ an ninh")
        ("Quốc hội đã thông qua Luật Chuyển đổi số; phổ biến Luật Lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở "
         "và Luật Đất đai số 31/2024/QH15.", None,
         [("named", "Luật Chuyển đổi số", "Luật", None, None, None, "Quốc hội"),
          ("named", "Luật Lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở", "Luật", None, None, None, "Quốc hội"),
          ("numbered", "Luật Đất đai số 31/2024/QH15", "Luật", "31", "31/2024/QH15", None, "Quốc hội")]),
        # regression: a law's year without "năm" ("Luật Thủ đô 2024 và Nghị quyết số 15-NQ/TW" ended the law's mention
        # at its name, and the year then broke the list)
        ("Nghị quyết nhằm cụ thể hóa Luật Thủ đô 2024 và Nghị quyết số 15-NQ/TW của Bộ Chính trị.", None,
         [("ref", "Nghị quyết", "Nghị quyết", None, None, None, None),
          ("named", "Luật Thủ đô 2024", "Luật", None, None, None, "Quốc hội"),
          ("numbered", "Nghị quyết số 15-NQ/TW của Bộ Chính trị", "Nghị quyết", "15", "15-NQ/TW", None, "Bộ Chính trị")]),
        # regression: where a law is spread ran into its name ("phổ biến Luật Thủ đô tới cán bộ, nhân dân" was a law
        # "Thủ đô tới cán bộ" beside 39/2024/QH15; "đưa Luật Đất đai vào cuộc sống", "… sâu rộng" the same)
        ("Luật Thủ đô số 39/2024/QH15 có hiệu lực từ 1/1/2025. Sở Tư pháp tổ chức phổ biến Luật Thủ đô tới cán bộ, "
         "nhân dân.", None,
         [("numbered", "Luật Thủ đô số 39/2024/QH15", "Luật", "39", "39/2024/QH15", None, "Quốc hội"),
          ("named", "Luật Thủ đô", "Luật", None, None, None, "Quốc hội")]),
        ("Các cấp ủy đưa Luật Đất đai vào cuộc sống; tuyên truyền Luật Thực hiện dân chủ ở cơ sở sâu rộng.", None,
         [("named", "Luật Đất đai", "Luật", None, None, None, "Quốc hội"),
          ("named", "Luật Thực hiện dân chủ ở cơ sở", "Luật", None, None, None, "Quốc hội")]),
        # regression: a count of offences against a law ran into its name ("số vụ vi phạm Luật Lâm nghiệp phát hiện
        # trong năm" was a law "Lâm nghiệp phát", "… Luật Bảo vệ môi trường giảm …" one "Bảo vệ môi trường giảm")
        ("Số vụ vi phạm Luật Lâm nghiệp phát hiện trong quý I là 45 vụ; số vụ vi phạm Luật Bảo vệ môi trường giảm 12 vụ.",
         None,
         [("named", "Luật Lâm nghiệp", "Luật", None, None, None, "Quốc hội"),
          ("named", "Luật Bảo vệ môi trường", "Luật", None, None, None, "Quốc hội")]),
        # regression: "bộ" ending another word before a law was a "Bộ luật" ("triển khai đồng bộ Luật Bảo vệ môi trường
        # năm 2020" was a code "bộ Luật Bảo vệ môi trường năm 2020")
        ("Các cấp ủy lãnh đạo triển khai đồng bộ Luật Bảo vệ môi trường năm 2020 và nắm chắc toàn bộ Luật Đất đai.", None,
         [("named", "Luật Bảo vệ môi trường năm 2020", "Luật", None, None, None, "Quốc hội"),
          ("named", "Luật Đất đai", "Luật", None, None, None, "Quốc hội")]),
        # regression: an adverb of what a law lacks ran into its name ("cơ chế mà Luật Thủ đô chưa quy định" was a law
        # "Thủ đô chưa" beside 39/2024/QH15; "Luật Đất đai còn nhiều bất cập" one "Đất đai còn nhiều bất cập")
        ("Thành phố đề xuất các cơ chế mà Luật Thủ đô chưa quy định; Luật Đất đai còn nhiều bất cập.", None,
         [("named", "Luật Thủ đô", "Luật", None, None, None, "Quốc hội"),
          ("named", "Luật Đất đai", "Luật", None, None, None, "Quốc hội")]),
        # regression: a law's new version named "(sửa đổi)" before its year ("Triển khai Luật Công an nhân dân (sửa đổi)
        # năm 2023 và Nghị định số …, Công an tỉnh ban hành Kế hoạch …" cut the law at its name, so the list of what the
        # plan carried out ended there: the decree was no object)
        ("Triển khai Luật Công an nhân dân (sửa đổi) năm 2023 và Nghị định số 12/2024/NĐ-CP", None,
         [("named", "Luật Công an nhân dân (sửa đổi) năm 2023", "Luật", None, None, None, "Quốc hội"),
          ("numbered", "Nghị định số 12/2024/NĐ-CP", "Nghị định", "12", "12/2024/NĐ-CP", None, None)]),
        # regression: central bodies joined by a comma ("của Bộ Chính trị, Ban Bí thư và Nghị quyết số 74/NQ-CP …": the
        # mention ended at the first body, and the second body then cut the list)
        ("Quyết định nhằm thực hiện Kết luận số 137-KL/TW ngày 28/3/2025 của Bộ Chính trị, Ban Bí thư và Nghị quyết số "
         "74/NQ-CP ngày 7/4/2025 của Chính phủ.", None,
         [("ref", "Quyết định", "Quyết định", None, None, None, None),
          ("numbered", "Kết luận số 137-KL/TW ngày 28/3/2025 của Bộ Chính trị, Ban Bí thư", "Kết luận", "137", "137-KL/TW",
           "2025-03-28", "Bộ Chính trị"),
          ("numbered", "Nghị quyết số 74/NQ-CP ngày 7/4/2025 của Chính phủ", "Nghị quyết", "74", "74/NQ-CP", "2025-04-07",
           "Chính phủ")]),
        # regression: a decree still to be submitted for issuing is no document ("…; đồng thời khẩn trương hoàn thiện hồ sơ
        # trình ban hành Nghị định thay thế Nghị định số 40/2020/NĐ-CP" was a new decree, and after "yêu cầu" a bare
        # back-reference, each replacing 40/2020)
        ("Các bộ tiếp tục thực hiện Công điện số 27/CĐ-TTg; đồng thời khẩn trương hoàn thiện hồ sơ trình ban hành Nghị "
         "định thay thế Nghị định số 40/2020/NĐ-CP.", None,
         [("numbered", "Công điện số 27/CĐ-TTg", "Công điện", "27", "27/CĐ-TTg", None, None),
          ("numbered", "Nghị định số 40/2020/NĐ-CP", "Nghị định", "40", "40/2020/NĐ-CP", None, None)]),
        ("Thủ tướng yêu cầu các bộ khẩn trương hoàn thiện hồ sơ trình ban hành Nghị định thay thế Nghị định số "
         "40/2020/NĐ-CP.", None,
         [("numbered", "Nghị định số 40/2020/NĐ-CP", "Nghị định", "40", "40/2020/NĐ-CP", None, None)]),
        # regression: the date and the issuer after the title ("Quy định số 69-QĐ/TW về kỷ luật tổ chức đảng, đảng viên vi
        # phạm, ngày 6/7/2022 của Bộ Chính trị" was undated, of no issuer, the two in its title)
        ("Thực hiện Quy định số 69-QĐ/TW về kỷ luật tổ chức đảng, đảng viên vi phạm, ngày 6/7/2022 của Bộ Chính trị, "
         "Ủy ban Kiểm tra Tỉnh ủy ban hành Hướng dẫn số 12-HD/UBKTTU.", None,
         [("numbered", "Quy định số 69-QĐ/TW", "Quy định", "69", "69-QĐ/TW", "2022-07-06", "Bộ Chính trị"),
          ("numbered", "Hướng dẫn số 12-HD/UBKTTU", "Hướng dẫn", "12", "12-HD/UBKTTU", None, "Ủy ban Kiểm tra Tỉnh ủy")]),
        ("Bộ Chính trị ban hành Nghị quyết số 57-NQ/TW về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và "
         "chuyển đổi số quốc gia, ngày 22/12/2024.", None,
         [("numbered", "Nghị quyết số 57-NQ/TW", "Nghị quyết", "57", "57-NQ/TW", "2024-12-22", "Bộ Chính trị")]),
        # … or "cùng ngày" after the last title of a list, its day ("…, cùng ngày 25/10/2021" was in the title)
        ("Tỉnh ủy học tập Kết luận số 21-KL/TW về đẩy mạnh xây dựng, chỉnh đốn Đảng và Quy định số 37-QĐ/TW về những điều "
         "đảng viên không được làm, cùng ngày 25/10/2021.", None,
         [("numbered", "Kết luận số 21-KL/TW", "Kết luận", "21", "21-KL/TW", None, None),
          ("numbered", "Quy định số 37-QĐ/TW", "Quy định", "37", "37-QĐ/TW", "2021-10-25", None)]),
        # regression: … or in brackets after the list, the issuing perhaps said ("… Nghị quyết số 21-NQ/TW (cùng ngày
        # 25/10/2017) của Ban Chấp hành Trung ương" had no date, and its issuer after the bracket was lost)
        ("Tỉnh ủy quán triệt Nghị quyết số 20-NQ/TW và Nghị quyết số 21-NQ/TW (cùng ngày 25/10/2017) của Ban Chấp hành "
         "Trung ương.", None,
         [("numbered", "Nghị quyết số 20-NQ/TW", "Nghị quyết", "20", "20-NQ/TW", None, None),
          ("numbered", "Nghị quyết số 21-NQ/TW (cùng ngày 25/10/2017) của Ban Chấp hành Trung ương", "Nghị quyết", "21",
           "21-NQ/TW", "2017-10-25", "Ban Chấp hành Trung ương Đảng")]),
        ("Huyện ủy học tập Chỉ thị số 35-CT/TW và Chỉ thị số 36-CT/TW (cùng ban hành ngày 14/6/2024) của Bộ Chính trị.",
         None,
         [("numbered", "Chỉ thị số 35-CT/TW", "Chỉ thị", "35", "35-CT/TW", None, None),
          ("numbered", "Chỉ thị số 36-CT/TW (cùng ban hành ngày 14/6/2024) của Bộ Chính trị", "Chỉ thị", "36", "36-CT/TW",
           "2024-06-14", "Bộ Chính trị")]),
        # … not a date of what the title is about, with no comma and no issuer after it
        ("UBND tỉnh ban hành Kế hoạch số 50/KH-UBND về tổ chức Lễ kỷ niệm ngày 27/7/2024 tại tỉnh.", None,
         [("numbered", "Kế hoạch số 50/KH-UBND", "Kế hoạch", "50", "50/KH-UBND", None, "UBND tỉnh")]),
        # regression: the issuer and date after the title, as the agent of "do … ban hành" ("Nghị quyết số 15-NQ/TU về
        # phát triển du lịch … do Ban Chấp hành Đảng bộ tỉnh ban hành ngày 22/9/2016" was undated, its title running on)
        ("Huyện xây dựng kế hoạch để thực hiện Nghị quyết số 15-NQ/TU về phát triển du lịch tỉnh Hà Giang giai đoạn "
         "2016-2020 do Ban Chấp hành Đảng bộ tỉnh ban hành ngày 22/9/2016.", place("Hà Giang"),
         [("numbered", "Nghị quyết số 15-NQ/TU", "Nghị quyết", "15", "15-NQ/TU", "2016-09-22",
           "Ban Chấp hành Đảng bộ tỉnh Hà Giang")]),
        ("Kế hoạch số 45/KH-UBND về phát triển du lịch cộng đồng tại các thôn, bản do UBND huyện Đồng Văn ban hành ngày "
         "18/5/2020 đã lựa chọn 6 thôn làm điểm.", place("Hà Giang"),
         [("numbered", "Kế hoạch số 45/KH-UBND", "Kế hoạch", "45", "45/KH-UBND", "2020-05-18", "UBND huyện Đồng Văn")]),
        # regression: … not an agent after a lower-case document noun of the title, which issued those documents
        # ("Nghị quyết số 21/NQ-HĐND về việc bãi bỏ một số nghị quyết do HĐND tỉnh Quảng Nam ban hành" was Quảng Nam's)
        ("HĐND thành phố Đà Nẵng thông qua Nghị quyết số 21/NQ-HĐND về việc bãi bỏ một số nghị quyết do HĐND tỉnh "
         "Quảng Nam ban hành không còn phù hợp.", place("Đà Nẵng"),
         [("numbered", "Nghị quyết số 21/NQ-HĐND", "Nghị quyết", "21", "21/NQ-HĐND", None, "HĐND thành phố Đà Nẵng")]),
        ("UBND tỉnh ban hành Quyết định số 310/QĐ-UBND công bố danh mục văn bản quy phạm pháp luật do UBND tỉnh Bình "
         "Định ban hành hết hiệu lực.", place("Gia Lai"),
         [("numbered", "Quyết định số 310/QĐ-UBND", "Quyết định", "310", "310/QĐ-UBND", None, "UBND tỉnh Gia Lai")]),
        # regression: … after "của" with its date, or a signer's "ký" ("Kế hoạch số 88/KH-UBND về … của UBND tỉnh ban hành
        # ngày 5/5/2023", "… do Phó Chủ tịch UBND huyện ký ngày 10/6/2023" were undated, their titles running on)
        ("Kế hoạch số 88/KH-UBND về phát triển du lịch cộng đồng của UBND tỉnh ban hành ngày 5/5/2023 đã xác định 10 điểm "
         "du lịch.", place("Quảng Trị"),
         [("numbered", "Kế hoạch số 88/KH-UBND", "Kế hoạch", "88", "88/KH-UBND", "2023-05-05", "UBND tỉnh Quảng Trị")]),
        ("Kế hoạch số 40/KH-UBND về phát triển du lịch sinh thái do Chủ tịch UBND huyện Hướng Hóa ký ngày 10/6/2023 đã "
         "được triển khai.", place("Quảng Trị"),
         [("numbered", "Kế hoạch số 40/KH-UBND", "Kế hoạch", "40", "40/KH-UBND", "2023-06-10",
           "Chủ tịch UBND huyện Hướng Hóa")]),
        # … not the title's own "của" before no date ("về vai trò của Mặt trận thông qua …", "… của Tỉnh ủy ban hành …")
        ("Kế hoạch số 89/KH-UBND về nâng cao vai trò của Mặt trận Tổ quốc thông qua hoạt động giám sát.", place("Quảng Trị"),
         [("numbered", "Kế hoạch số 89/KH-UBND", "Kế hoạch", "89", "89/KH-UBND", None, None)]),
        # regression: the Government's symbols without a type, before the mid-1990s, were no citation
        ("Thực hiện Nghị định số 64/CP ngày 27-9-1993 của Chính phủ, huyện giao đất cho hộ gia đình.", None,
         [("numbered", "Nghị định số 64/CP ngày 27-9-1993 của Chính phủ", "Nghị định", "64", "64/CP", "1993-09-27",
           "Chính phủ")]),
        # a programme's number names a document when the text cited one so numbered, or gives its issuer or date (no
        # national programme, as "Chương trình 135" is)
        ("Tỉnh ủy ban hành Chương trình hành động số 12-CTr/TU. Chương trình 12 xác định 5 nhiệm vụ.", None,
         [("numbered", "Chương trình hành động số 12-CTr/TU", "Chương trình hành động", "12", "12-CTr/TU", None,
           "Tỉnh ủy"), ("numbered", "Chương trình 12", "Chương trình", "12", None, None, None)]),
        ("Ban Thường vụ Huyện ủy quán triệt Chương trình 17 của Tỉnh ủy.", None,
         [("numbered", "Chương trình 17 của Tỉnh ủy", "Chương trình", "17", None, None, "Tỉnh ủy")]),
        # regression: "Kế hoạch hành động" before a number was an unnumbered plan and a bare symbol after it
        ("Thực hiện Nghị quyết 120, UBND tỉnh đã ban hành Kế hoạch hành động số 83/KH-UBND ngày 12/6/2018 với 97 "
         "nhiệm vụ.", None,
         [("numbered", "Nghị quyết 120", "Nghị quyết", "120", None, None, None),
          ("numbered", "Kế hoạch hành động số 83/KH-UBND ngày 12/6/2018", "Kế hoạch", "83", "83/KH-UBND", "2018-06-12",
           "UBND tỉnh")]),
        # regression: a short reference with the modifier and no "số" ("Kết luận thanh tra 868") or by the generic noun
        # ("Văn bản 4467") was no citation, and the plan that carried it out implemented nothing; a count after the
        # modifier ("quyết định kỷ luật 12 đảng viên" after "Quyết định số 12-QĐ/HU") stays none
        ("Thanh tra Chính phủ ban hành Kết luận thanh tra số 321/KL-TTCP. Văn phòng Chính phủ có Văn bản số "
         "5120/VPCP-V.I. Thực hiện Văn bản 5120, UBND tỉnh triển khai Kết luận thanh tra 321.", None,
         [("numbered", "Kết luận thanh tra số 321/KL-TTCP", "Kết luận", "321", "321/KL-TTCP", None, "Thanh tra Chính phủ"),
          ("numbered", "Văn bản số 5120/VPCP-V.I", "Công văn", "5120", "5120/VPCP-V.I", None, "Văn phòng Chính phủ"),
          ("numbered", "Văn bản 5120", "Công văn", "5120", None, None, None),
          ("numbered", "Kết luận thanh tra 321", "Kết luận", "321", None, None, None)]),
        ("Ban Thường vụ Huyện ủy có Quyết định số 12-QĐ/HU. Năm 2023, UBKT các cấp ra quyết định kỷ luật 12 đảng viên.",
         None, [("numbered", "Quyết định số 12-QĐ/HU", "Quyết định", "12", "12-QĐ/HU", None, "Ban Thường vụ Huyện ủy")]),
        # regression: "số" typed twice ("Chỉ thị số số 05-CT/TW" was a bare symbol, its type from the code) and a type
        # word typed without its marks before its number ("Thực hiện Chỉ thi 38, …" was no citation)
        ("Huyện ủy sơ kết 5 năm thực hiện Chỉ thị số số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị.", None,
         [("numbered", "Chỉ thị số số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị", "Chỉ thị", "05", "05-CT/TW",
           "2016-05-15", "Bộ Chính trị")]),
        ("Thực hiện Chỉ thi 38, Huyện ủy A Lưới đã ban hành Kế hoạch số 56-KH/HU.", None,
         [("numbered", "Chỉ thi 38", "Chỉ thị", "38", None, None, None),
          ("numbered", "Kế hoạch số 56-KH/HU", "Kế hoạch", "56", "56-KH/HU", None, "Huyện ủy A Lưới")]),
        # … and a verb-noun's bare number cited before stays that document ("hướng dẫn 07" after "Hướng dẫn số 07-HD/…")
        ("Ban Tuyên giáo Tỉnh ủy có Hướng dẫn số 07-HD/BTGTU. Các chi bộ làm theo hướng dẫn 07 nêu rõ.", None,
         [("numbered", "Hướng dẫn số 07-HD/BTGTU", "Hướng dẫn", "07", "07-HD/BTGTU", None, "Ban Tuyên giáo Tỉnh ủy"),
          ("numbered", "hướng dẫn 07", "Hướng dẫn", "07", None, None, None)]),
        # regression: a decision's number that reads as a year, cited again without "số" ("Để triển khai Quyết định
        # 2085, …" after "Quyết định 2085/QĐ-TTg") was no citation
        ("Huyện hỗ trợ 300 hộ theo Quyết định 2085/QĐ-TTg của Thủ tướng Chính phủ. Để triển khai Quyết định 2085, UBND "
         "tỉnh Lào Cai ban hành Kế hoạch số 41/KH-UBND.", None,
         [("numbered", "Quyết định 2085/QĐ-TTg của Thủ tướng Chính phủ", "Quyết định", "2085", "2085/QĐ-TTg", None,
           "Thủ tướng Chính phủ"),
          ("numbered", "Quyết định 2085", "Quyết định", "2085", None, None, None),
          ("numbered", "Kế hoạch số 41/KH-UBND", "Kế hoạch", "41", "41/KH-UBND", None, "UBND tỉnh Lào Cai")]),
        # regression: a scheme named by its unquoted title, then "được … phê duyệt tại Quyết định số …" in the same
        # sentence, was no citation (so "triển khai Đề án" later carried out nothing)
        ("Huyện triển khai Đề án hỗ trợ đồng bào vùng tái định cư thủy điện được Thủ tướng Chính phủ phê duyệt tại "
         "Quyết định số 666/QĐ-TTg.", None,
         [("new", "Đề án hỗ trợ đồng bào vùng tái định cư thủy điện", "Đề án", None, None, None, None),
          ("numbered", "Quyết định số 666/QĐ-TTg", "Quyết định", "666", "666/QĐ-TTg", None, "Thủ tướng Chính phủ")]),
        # regression: … or "ban hành kèm theo Quyết định số …" (or "QĐ số …"): "Đề án chuyển đổi số huyện … ban hành kèm
        # theo QĐ số 2315/QĐ-UBND" was no citation, so "Đề án được xây dựng trên cơ sở B" based nothing
        ("Huyện ủy lãnh đạo thực hiện Đề án phát triển du lịch huyện Tam Đảo giai đoạn 2021 - 2025 ban hành kèm theo "
         "Quyết định số 1890/QĐ-UBND.", None,
         [("new", "Đề án phát triển du lịch huyện Tam Đảo giai đoạn 2021 - 2025", "Đề án", None, None, None, None),
          ("numbered", "Quyết định số 1890/QĐ-UBND", "Quyết định", "1890", "1890/QĐ-UBND", None, None)]),
        # regression: … or "được <body> phê duyệt" with no decision, the body its issuer; a scheme named like a policy
        # ("tổng thể") too ("trên cơ sở Đề án tổng thể tham gia lực lượng gìn giữ hòa bình Liên hợp quốc được Bộ Chính trị
        # phê duyệt năm 2014" was no citation); a national target programme stays a policy
        ("Bộ Quốc phòng cử lực lượng tham gia Phái bộ tại Abyei theo Đề án tổng thể tham gia lực lượng gìn giữ hòa bình "
         "Liên hợp quốc được Bộ Chính trị phê duyệt năm 2014; tỉnh cũng thực hiện Chương trình mục tiêu quốc gia giảm "
         "nghèo bền vững được Quốc hội phê duyệt năm 2021.", None,
         [("new", "Đề án tổng thể tham gia lực lượng gìn giữ hòa bình Liên hợp quốc", "Đề án", None, None, None,
           "Bộ Chính trị")]),
        # regression: a treaty of Việt Nam's named by its title up to the other party ("Hiệp định về quy chế quản lý biên
        # giới trên đất liền Việt Nam - Trung Quốc") was no citation; one with no party named is none
        ("Các đồn Biên phòng tuần tra theo Hiệp định về quy chế quản lý biên giới trên đất liền Việt Nam - Trung Quốc "
         "và Nghị định thư phân giới cắm mốc biên giới Việt Nam - Lào; tỉnh cũng tận dụng các hiệp định thương mại.", None,
         [("named", "Hiệp định về quy chế quản lý biên giới trên đất liền Việt Nam - Trung Quốc", "Hiệp định", None, None,
           None, ""),
          ("named", "Nghị định thư phân giới cắm mốc biên giới Việt Nam - Lào", "Nghị định thư", None, None, None, "")]),
        # regression: a trade agreement named by its short name ("Hiệp định CPTPP") or with it in brackets after a title
        # with no party of Việt Nam's ("… xuyên Thái Bình Dương (CPTPP)") was no citation; a kind's short name is none
        ("Sở Công Thương phổ biến Hiệp định Đối tác Toàn diện và Tiến bộ xuyên Thái Bình Dương (CPTPP), Hiệp định EVFTA "
         "và các Hiệp định thương mại tự do (FTA) khác cho doanh nghiệp.", None,
         [("named", "Hiệp định Đối tác Toàn diện và Tiến bộ xuyên Thái Bình Dương (CPTPP)", "Hiệp định", None, None,
           None, ""),
          ("named", "Hiệp định EVFTA", "Hiệp định", None, None, None, "")]),
        # … the first short name, not a bracket further on; a party's bracket only right after its name
        ("Hiệp định EVFTA mở cửa thị trường Liên minh châu Âu (EU). Tỉnh thực hiện Hiệp định Thương mại tự do Việt Nam - "
         "EU, giúp hàng nông sản vào thị trường Liên minh châu Âu (EU).", None,
         [("named", "Hiệp định EVFTA", "Hiệp định", None, None, None, ""),
          ("named", "Hiệp định Thương mại tự do Việt Nam - EU", "Hiệp định", None, None, None, "")]),
        # regression: a multilateral treaty named by its full title alone, with no short name and no party ("thực hiện
        # Hiệp định Đối tác Kinh tế Toàn diện Khu vực" was no citation)
        ("Sở Công Thương hướng dẫn doanh nghiệp tận dụng Hiệp định Đối tác Kinh tế Toàn diện Khu vực và tuyên truyền "
         "Hiệp định Đối tác toàn diện và tiến bộ xuyên Thái Bình Dương; Hiệp định RCEP có hiệu lực từ năm 2022.", None,
         [("named", "Hiệp định Đối tác Kinh tế Toàn diện Khu vực", "Hiệp định", None, None, None, ""),
          ("named", "Hiệp định Đối tác toàn diện và tiến bộ xuyên Thái Bình Dương", "Hiệp định", None, None, None, ""),
          ("named", "Hiệp định RCEP", "Hiệp định", None, None, None, "")]),
        # regression: a plan each body makes its own, whatever bodies name the owner before "mình" ("… căn cứ Kế hoạch này
        # xây dựng, ban hành kế hoạch thực hiện Hiệp định của bộ, ngành, địa phương mình" was a plan of no one's)
        ("Theo Quyết định số 121/QĐ-TTg, các bộ, cơ quan ngang bộ, UBND các tỉnh, thành phố trực thuộc Trung ương căn cứ "
         "Kế hoạch này xây dựng, ban hành kế hoạch thực hiện Hiệp định của bộ, ngành, địa phương mình.", None,
         [("numbered", "Quyết định số 121/QĐ-TTg", "Quyết định", "121", "121/QĐ-TTg", None, None),
          ("ref", "Kế hoạch này", "Kế hoạch", None, None, None, None)]),
    ],
)
def test_numbered_and_named_citations(text, article, expected):
    assert summary(text, article) == expected


def test_a_number_before_the_year_it_is_of_is_a_document_number():
    """Regression: a number followed by "năm" and a year is the work of that year, not a count of years ("Kế hoạch số
    88/KH-UBND về thực hiện Đề án 06 năm 2023" cited no scheme, and the plan carried out nothing)."""
    text = "UBND tỉnh ban hành Kế hoạch số 88/KH-UBND về thực hiện Đề án 06 năm 2023 trên địa bàn tỉnh."
    assert [(c.type, c.number) for c in find_citations(text, place("Gia Lai"))] == [("Kế hoạch", "88"), ("Đề án", "06")]


@pytest.mark.parametrize("text, title, after_cover", [
    # regression: a plenum's resolution took no quoted title, so a list did not go on after it ("Thực hiện Nghị
    # quyết Hội nghị lần thứ tư … (khóa XI) “Một số vấn đề …” và Hướng dẫn số 32-HD/BTCTW …" lost the guide)
    ("Thực hiện Nghị quyết Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng (khóa XI) “Một số vấn đề cấp bách về xây "
     "dựng Đảng hiện nay” và Hướng dẫn số 32-HD/BTCTW", "Một số vấn đề cấp bách về xây dựng Đảng hiện nay",
     " và Hướng dẫn"),
    # … nor its title after "về" ("Nghị quyết Trung ương 4 khóa XII về tăng cường xây dựng, chỉnh đốn Đảng và Kết luận
    # số 21-KL/TW …, X ban hành A" lost the conclusion)
    ("Thực hiện Nghị quyết Trung ương 4 khóa XII về tăng cường xây dựng, chỉnh đốn Đảng và Kết luận số 21-KL/TW",
     "tăng cường xây dựng, chỉnh đốn Đảng", " và Kết luận"),
])
def test_a_plenum_s_resolution_takes_its_title(text, title, after_cover):
    [named, *_] = find_citations(text)
    assert (named.form, named.title, text[named.cover_end:named.cover_end + len(after_cover)]) == \
        ("named", title, after_cover)


@pytest.mark.parametrize("text, type_, title, after_anchor", [
    # a list's item: symbol, date, then the noun of its type and what it does or is about
    ("- 144-QĐ/TW ngày 09/5/2024: Quy định về chuẩn mực đạo đức cách mạng của cán bộ, đảng viên;",
     "Quy định", "chuẩn mực đạo đức cách mạng của cán bộ, đảng viên", " về chuẩn mực"),
    ("1 145-KH/HU 05/01/2024 Kế hoạch thực hiện Chỉ thị số 23-CT/TW của Ban Bí thư", "Kế hoạch", None,
     " thực hiện Chỉ thị"),
])
def test_a_listed_symbol_is_described_by_the_noun_of_its_type(text, type_, title, after_anchor):
    [listed, *_] = find_citations(text)
    assert (listed.type, listed.title) == (type_, title)
    assert text[listed.anchor:].startswith(after_anchor)


@pytest.mark.parametrize("text, types", [
    # regression: a bare symbol listed after a noun's citation of its code is of that noun's type ("Quy định số
    # 144-QĐ/TW và 148-QĐ/TW" gave 148 the code's "Quyết định")
    ("Hội nghị quán triệt Quy định số 131-QĐ/TW và 132-QĐ/TW của Bộ Chính trị.", ["Quy định", "Quy định"]),
    ("Hội nghị quán triệt Chương trình hành động số 12-CTr/TU, 13-CTr/TU của Tỉnh ủy.",
     ["Chương trình hành động", "Chương trình hành động"]),
    # … "số" repeated before the item
    ("Tỉnh ủy ban hành Chương trình hành động số 21-CTr/TU và số 22-CTr/TU ngày 4/11/2025.",
     ["Chương trình hành động", "Chương trình hành động"]),
    # … not of another code
    ("Hội nghị quán triệt Quy định số 131-QĐ/TW và 45-KH/TU của Tỉnh ủy.", ["Quy định", "Kế hoạch"]),
])
def test_a_listed_bare_symbol_is_of_its_list_s_noun(text, types):
    assert [c.type for c in find_citations(text)] == types


@pytest.mark.parametrize("text, symbols", [
    # regression: a công văn's symbol after another's in a list was none (it has no type code), nor were both after
    # the plural "các văn bản"
    ("Sở Xây dựng đã có các văn bản số 2231/SXD-QLN ngày 4/3/2024 và số 2290/SXD-QLN ngày 7/3/2024 đôn đốc chủ đầu tư.",
     ["2231/SXD-QLN", "2290/SXD-QLN"]),
    ("UBND huyện đã có Công văn số 815/UBND-TNMT, 822/UBND-TNMT yêu cầu các xã kiểm tra.",
     ["815/UBND-TNMT", "822/UBND-TNMT"]),
    # … after a document with a type code it stays none: "Kế hoạch số 12/KH-UBND và 56/UBND-VX" is no list of letters
    ("UBND tỉnh ban hành Quyết định số 12/QĐ-UBND và 56/UBND-VX là số hiệu của hồ sơ.", ["12/QĐ-UBND"]),
])
def test_a_letter_s_symbol_listed_after_a_letter_is_one(text, symbols):
    found = find_citations(text)
    assert [c.symbol.raw for c in found if c.symbol] == symbols
    assert all(c.type == "Công văn" for c in found if c.symbol and c.symbol.type_code is None)


@pytest.mark.parametrize("text, article, expected", [
    # regression: a page printing a Party document gave its number only ("Số 12-KH/TU" had no date, issuer
    # or title): the body above the number, the place and date below it, the type in capitals, the subject
    ("ĐẢNG CỘNG SẢN VIỆT NAM\nTỈNH ỦY HÀ TĨNH\n*\nSố 12-KH/TU\nHà Tĩnh, ngày 20 tháng 3 năm 2024\n\nKẾ HOẠCH\n"
     "thực hiện Kết luận số 69-KL/TW của Ban Bí thư\n", place("Hà Tĩnh"),
     ("Kế hoạch", "12-KH/TU", "2024-03-20", "Tỉnh ủy Hà Tĩnh", "thực hiện Kết luận số 69-KL/TW của Ban Bí thư")),
    # a state header: the body over two lines, "Số:" with a colon
    ("ỦY BAN NHÂN DÂN\nTỈNH NGHỆ AN\nSố: 120/KH-UBND\nNghệ An, ngày 25 tháng 02 năm 2025\nKẾ HOẠCH\n"
     "Triển khai thực hiện Chương trình hành động số 45-CTr/TU\n", None,
     ("Kế hoạch", "120/KH-UBND", "2025-02-25", "UBND tỉnh Nghệ An",
      "Triển khai thực hiện Chương trình hành động số 45-CTr/TU")),
    # the heading names the type the code leaves open (QĐ: Quy định); the subject opens with "về"
    ("BAN CHẤP HÀNH TRUNG ƯƠNG\n*\nSố 144-QĐ/TW\nHà Nội, ngày 09 tháng 5 năm 2024\nQUY ĐỊNH\n"
     "về chuẩn mực đạo đức cách mạng của cán bộ, đảng viên trong giai đoạn mới\n", None,
     ("Quy định", "144-QĐ/TW", "2024-05-09", "Ban Chấp hành Trung ương Đảng",
      "chuẩn mực đạo đức cách mạng của cán bộ, đảng viên trong giai đoạn mới")),
    # the state's motto between the number and the place-date
    ("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ\nSố: 1865/QĐ-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
     "Quảng Trị, ngày 16 tháng 8 năm 2024\n\nQUYẾT ĐỊNH\nBan hành Kế hoạch phổ biến, giáo dục pháp luật năm 2025\n", None,
     ("Quyết định", "1865/QĐ-UBND", "2024-08-16", "UBND tỉnh Quảng Trị",
      "Ban hành Kế hoạch phổ biến, giáo dục pháp luật năm 2025")),
    # regression: a printed letter ("Số: 1234/SNV-CCVC", no type code) was no citation; its subject follows "V/v"
    ("UBND TỈNH HÀ TĨNH\nSỞ NỘI VỤ\nSố: 1234/SNV-CCVC\nV/v triển khai Nghị định số 178/2024/NĐ-CP\n"
     "Hà Tĩnh, ngày 10 tháng 01 năm 2025\nKính gửi: Các sở, ban, ngành cấp tỉnh.\n", place("Hà Tĩnh"),
     ("Công văn", "1234/SNV-CCVC", "2025-01-10", "Sở Nội vụ Hà Tĩnh", "triển khai Nghị định số 178/2024/NĐ-CP")),
    # the right column flattened onto the left one's lines: the motto beside the body, the place-date beside the
    # number, the letter's subject under them
    ("UBND TỈNH NGHỆ AN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ GIÁO DỤC VÀ ĐÀO TẠO Độc lập - Tự do - Hạnh phúc\n"
     "Số: 2345/SGDĐT-GDTrH Nghệ An, ngày 5 tháng 9 năm 2024\nV/v hướng dẫn thực hiện nhiệm vụ năm học 2024-2025\n",
     place("Nghệ An"), ("Công văn", "2345/SGDĐT-GDTrH", "2024-09-05", "Sở Giáo dục và Đào tạo Nghệ An",
                        "hướng dẫn thực hiện nhiệm vụ năm học 2024-2025")),
    ("TỈNH ỦY HÀ TĨNH ĐẢNG CỘNG SẢN VIỆT NAM\n*\nSố 12-KH/TU Hà Tĩnh, ngày 20 tháng 3 năm 2024\nKẾ HOẠCH\n"
     "thực hiện Kết luận số 69-KL/TW của Ban Bí thư\n", place("Hà Tĩnh"),
     ("Kế hoạch", "12-KH/TU", "2024-03-20", "Tỉnh ủy Hà Tĩnh", "thực hiện Kết luận số 69-KL/TW của Ban Bí thư")),
    # a commune's committee in capitals
    ("ĐẢNG ỦY PHƯỜNG THÀNH SEN\nSố: 15-KH/ĐU\nThành Sen, ngày 20 tháng 8 năm 2025\nKẾ HOẠCH\n"
     "thực hiện Nghị quyết số 66-NQ/TW của Bộ Chính trị\n", place("Hà Tĩnh"),
     ("Kế hoạch", "15-KH/ĐU", "2025-08-20", "Đảng ủy phường Thành Sen", "thực hiện Nghị quyết số 66-NQ/TW của Bộ Chính trị")),
    # the number and the place-date flattened onto one line; the organ under its Đảng bộ
    ("ĐẢNG BỘ TỈNH BÌNH ĐỊNH\nBAN THƯỜNG VỤ TỈNH ỦY\n*\nSố 08-CT/TU   Quy Nhơn, ngày 5 tháng 7 năm 2024\nCHỈ THỊ\n"
     "về tăng cường công tác phòng cháy, chữa cháy\n", place("Bình Định"),
     ("Chỉ thị", "08-CT/TU", "2024-07-05", "Ban Thường vụ Tỉnh ủy Bình Định", "tăng cường công tác phòng cháy, chữa cháy")),
    # regression: PDF text sets the right column's place-date on the line of the "*", above the number: the
    # directive had no date, no title, and the Tỉnh ủy of its code ("TU") for its issuer
    ("THÀNH ỦY ĐÀ LẠT                 ĐẢNG CỘNG SẢN VIỆT NAM\n    *                 Đà Lạt, ngày 08 tháng 01 năm 2024\n"
     "Số 15-CT/TU\n\nCHỈ THỊ\nvề tăng cường công tác bảo vệ rừng\n", place("Lâm Đồng"),
     ("Chỉ thị", "15-CT/TU", "2024-01-08", "Thành ủy Đà Lạt", "tăng cường công tác bảo vệ rừng")),
    ("ỦY BAN NHÂN DÂN\nHUYỆN THẠCH HÀ     Độc lập - Tự do - Hạnh phúc\n             Thạch Hà, ngày 05 tháng 9 năm 2023\n"
     "Số: 256/KH-UBND\nKẾ HOẠCH\nTriển khai thực hiện Chỉ thị số 24-CT/TW\n", place("Hà Tĩnh"),
     ("Kế hoạch", "256/KH-UBND", "2023-09-05", "UBND huyện Thạch Hà", "Triển khai thực hiện Chỉ thị số 24-CT/TW")),
    # regression: a page copied from a portal spaces the header's lines out with blank ones: the place-date five
    # lines under the number was not read, and the plan had no date and no title
    ("UBND TỈNH KON TUM\nBAN DÂN TỘC\n\nSố: 125/KH-BDT\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
     "Độc lập - Tự do - Hạnh phúc\n\nKon Tum, ngày 15 tháng 3 năm 2023\n\nKẾ HOẠCH\n"
     "Tuyên truyền, phổ biến chính sách dân tộc năm 2023\n", place("Kon Tum"),
     ("Kế hoạch", "125/KH-BDT", "2023-03-15", "Ban Dân tộc Kon Tum", "Tuyên truyền, phổ biến chính sách dân tộc năm 2023")),
    # regression: a numbered urban district's place-date ("Quận 5, ngày …") was no place-date: the plan had no date
    ("THÀNH ỦY THÀNH PHỐ HỒ CHÍ MINH\nQUẬN ỦY QUẬN 5\n*\nSố 142-KH/QU\nQuận 5, ngày 12 tháng 10 năm 2023\n\nKẾ HOẠCH\n"
     "thực hiện Chỉ thị số 23-CT/TW của Ban Bí thư\n", place("Hồ Chí Minh", "Quận 5"),
     ("Kế hoạch", "142-KH/QU", "2023-10-12", "Quận ủy Quận 5", "thực hiện Chỉ thị số 23-CT/TW của Ban Bí thư")),
    # regression: a letter's subject over two lines, the motto and the rules under it between its number and its
    # place-date (six lines): the letter had no date
    ("ỦY BAN NHÂN DÂN\nTỈNH HÀ TĨNH\n-------\nSố: 3120/UBND-NL\nV/v triển khai thực hiện Nghị định\nsố 58/2024/NĐ-CP\n\n"
     "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\n"
     "Hà Tĩnh, ngày 14 tháng 6 năm 2024\n\nKính gửi: Sở Nông nghiệp và Phát triển nông thôn.\n", place("Hà Tĩnh"),
     ("Công văn", "3120/UBND-NL", "2024-06-14", "UBND tỉnh Hà Tĩnh", "triển khai thực hiện Nghị định")),
    # regression: a notice's heading over two lines ("THÔNG BÁO" / "KẾT LUẬN CỦA BAN THƯỜNG VỤ TỈNH ỦY") took the
    # second for its subject, and that line was a Kết luận of its own
    ("ĐẢNG BỘ TỈNH GIA LAI\nBAN THƯỜNG VỤ TỈNH ỦY\n*\nSố 1450-TB/TU\nGia Lai, ngày 20 tháng 5 năm 2024\n\nTHÔNG BÁO\n"
     "KẾT LUẬN CỦA BAN THƯỜNG VỤ TỈNH ỦY\nvề tổng kết 10 năm thực hiện Chỉ thị số 29-CT/TU\n", place("Gia Lai"),
     ("Thông báo", "1450-TB/TU", "2024-05-20", "Ban Thường vụ Tỉnh ủy Gia Lai",
      "tổng kết 10 năm thực hiện Chỉ thị số 29-CT/TU")),
    # … and a heading whose second line qualifies the type ("NGHỊ QUYẾT" / "CHUYÊN ĐỀ") took that line for the subject
    ("ĐẢNG BỘ TỈNH HÀ TĨNH\nĐẢNG ỦY PHƯỜNG THÀNH SEN\n*\nSố 07-NQ/ĐU\nThành Sen, ngày 25 tháng 9 năm 2025\n\nNGHỊ QUYẾT\n"
     "CHUYÊN ĐỀ\nvề phát triển kinh tế ban đêm trên địa bàn phường\n", place("Hà Tĩnh"),
     ("Nghị quyết", "07-NQ/ĐU", "2025-09-25", "Đảng ủy phường Thành Sen", "phát triển kinh tế ban đêm trên địa bàn phường")),
    # regression: OCR of a scanned page reads "Số" as "Sổ": the report was no printed document
    ("ĐẢNG BỘ TỈNH NGHỆ AN\nHUYỆN ỦY ANH SƠN\n*\nSổ 88-BC/HU\nAnh Sơn, ngày 10 tháng 3 năm 2022\n\nBÁO CÁO\n"
     "sơ kết 5 năm thực hiện Chỉ thị sổ 05-CT/TW\n", place("Nghệ An"),
     ("Báo cáo", "88-BC/HU", "2022-03-10", "Huyện ủy Anh Sơn", "sơ kết 5 năm thực hiện Chỉ thị sổ 05-CT/TW")),
])
def test_a_printed_document_s_header_block(text, article, expected):
    printed, *others = find_citations(text, article)
    assert printed.issued
    assert (printed.type, printed.symbol.canonical, printed.date, printed.issuer.name, printed.title) == expected
    assert not any(c.symbol is None and text[c.start:c.end].isupper() for c in others)  # no heading line is a document
    # what it does is read from its subject ("thực hiện Nghị quyết …", "về …")
    assert 0 <= text.index(expected[4]) - printed.anchor <= len("về ")


# regression: a notice whose subject line opens with the rest of its type's name ("THÔNG BÁO" / "kết luận của Thường
# trực Huyện ủy tại …": a "Thông báo kết luận") read that line's "kết luận của Thường trực Huyện ủy" as a Kết luận
@pytest.mark.parametrize("text, article", [
    ("ĐẢNG BỘ TỈNH THANH HÓA\nHUYỆN ỦY NGA SƠN\n*\nSố 415-TB/HU\nNga Sơn, ngày 03 tháng 11 năm 2023\n\nTHÔNG BÁO\n"
     "kết luận của Thường trực Huyện ủy tại buổi làm việc với Đảng ủy xã Nga Thắng\n-----\n\nNgày 01/11/2023, "
     "Thường trực Huyện ủy làm việc với Ban Thường vụ Đảng ủy xã.\n", place("Thanh Hóa", "Nga Sơn")),
    ("ĐẢNG BỘ TỈNH QUẢNG NAM\nBAN THƯỜNG VỤ TỈNH ỦY\n*\nSố 1288-TB/TU\nQuảng Nam, ngày 20 tháng 6 năm 2022\n\nTHÔNG BÁO\n"
     "kết luận của Ban Thường vụ Tỉnh ủy về công tác phòng, chống thiên tai năm 2022\n", place("Quảng Nam")),
])
def test_a_notice_s_subject_opening_with_its_type_s_rest_is_no_document(text, article):
    printed, *others = find_citations(text, article)
    assert printed.type == "Thông báo" and printed.issued
    assert others == []


# regression: a portal's page of one document written as fields gave its number only ("Số ký hiệu: 245/QĐ-UBND" had no
# date, and the plan its subject issues, "Trích yếu: Quyết định ban hành Kế hoạch triển khai thực hiện Kế hoạch số
# 120/KH-UBND …", was a second document that took the decision's relation)
_RECORD = ("Chi tiết văn bản\n\nSố ký hiệu: 245/QĐ-UBND\nNgày ban hành: 12/03/2024\nCơ quan ban hành: UBND huyện "
           "Thanh Chương\nNgười ký: Nguyễn Văn Đức\nTrích yếu: Quyết định ban hành Kế hoạch triển khai thực hiện Kế hoạch "
           "số 120/KH-UBND ngày 20/02/2024 của UBND tỉnh Nghệ An về cải cách hành chính năm 2024\n")


def test_a_portal_record_s_fields():
    record, plan, kh120 = find_citations(_RECORD, place("Nghệ An"))
    assert record.issued and (record.symbol.canonical, record.date, record.issuer.name) == \
        ("245/QĐ-UBND", "2024-03-12", "UBND huyện Thanh Chương")
    assert plan.form == "new" and plan.alias_of == 0 and kh120.symbol.canonical == "120/KH-UBND"


# regression: the record's document named again by its body as it opens ("UBND huyện Tam Nông ban hành Kế hoạch triển
# khai trên địa bàn huyện với các nội dung chủ yếu sau:" was a second, unnumbered plan, and the record's rested on nothing)
_RECORD_BODY = ("Số ký hiệu: 78/KH-UBND\nNgày ban hành: 20/03/2023\nCơ quan ban hành: UBND huyện Tam Nông\nTrích yếu: Kế "
                "hoạch thực hiện Chỉ thị số 05/CT-TTg ngày 23/02/2023 của Thủ tướng Chính phủ\n\nCăn cứ Kế hoạch số "
                "102/KH-UBND ngày 9/3/2023 của UBND tỉnh Đồng Tháp, UBND huyện Tam Nông ban hành Kế hoạch triển khai trên "
                "địa bàn huyện với các nội dung chủ yếu sau:\n\n1. Mục đích, yêu cầu: quán triệt Chỉ thị.\n")


def test_a_portal_record_s_document_is_what_its_body_announces():
    cites = find_citations(_RECORD_BODY, place("Đồng Tháp"))
    record = next(c for c in cites if c.symbol is not None and c.symbol.canonical == "78/KH-UBND")
    announced = next(c for c in cites if c.form == "new" and c.type == "Kế hoạch")
    assert announced.alias_of == cites.index(record)


# regression: the second document a decision's title issues beside a first, after "; " or "và" ("Quyết định số
# 217-QĐ/TW, 218-QĐ/TW … ban hành Quy chế giám sát …; Quy định về việc …") was a third document of no number
@pytest.mark.parametrize("text", [
    "Ban Thường vụ Huyện ủy sơ kết Quyết định số 99-QĐ/TW, 100-QĐ/TW ngày 5/3/2020 của Ban Bí thư ban hành Quy chế làm "
    "việc của Ban Chỉ đạo phòng, chống tham nhũng; Quy định về chế độ báo cáo của các ban chỉ đạo.",
    "UBND huyện có Quyết định số 45/QĐ-UBND ngày 2/4/2021 ban hành Quy chế tổ chức lễ hội trên địa bàn huyện và Quy "
    "định về quản lý di tích.",
])
def test_a_decision_s_title_issues_two_documents_which_are_the_decision(text):
    cites = find_citations(text, place("Hà Tĩnh"))
    carried = [c for c in cites if c.form == "new"]
    assert len(carried) == 2 and all(c.alias_of is not None and cites[c.alias_of].form == "numbered" for c in carried)


@pytest.mark.parametrize("text, year, date", [
    # regression: a news lead's partial date ("Ngày 8/9,") took no year, though the article has one
    ("Ngày 8/9, Đảng ủy xã Đồng Lộc ban hành Kế hoạch số 15-KH/ĐU thực hiện Nghị quyết số 57-NQ/TW.", 2025,
     "2025-09-08"),
    ("Ngày 8/9, Đảng ủy xã Đồng Lộc ban hành Kế hoạch số 15-KH/ĐU.", None, None),  # no year known: no date
    # regression: an undated article's lead ("Tối 6/9, …") left the letter undated, though the article is no older
    # than the latest document it cites
    ("Tối 6/9, Sở GD&ĐT ban hành Công văn hỏa tốc số 3561/SGDĐT-CTTT thực hiện Công điện số 86/CĐ-TTg ngày 5/9/2024 "
     "của Thủ tướng Chính phủ.", None, "2024-09-06"),
    ("Ngày 12/9, BHXH tỉnh và Sở Y tế ký Kế hoạch liên ngành số 40/KH-BHXH-SYT. Kế hoạch cụ thể hóa Quyết định số "
     "2291/QĐ-BYT ngày 14/8/2024 của Bộ Y tế.", None, "2024-09-12"),
    ("Ngày 6/8, Ban Thường vụ Tỉnh ủy ban hành Chỉ thị số 17-CT/TU. Chỉ thị nêu kết quả thực hiện Kết luận số "
     "111-KL/TU ngày 14/8/2017.", None, None),  # before the latest cited date: of that year or the next
    # regression: a legal symbol's year was no year of the article's: the partial date took the latest full date's
    # year, earlier than the resolution it dates
    ("Ngày 25/10, HĐND tỉnh đã thông qua Nghị quyết số 36/2023/NQ-HĐND nhằm cụ thể hóa Nghị quyết số 145-NQ/TU ngày "
     "29/7/2022 của Ban Thường vụ Tỉnh ủy.", None, "2023-10-25"),
    ("Ngày 20/6/2021, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 47-KH/TU.", 2025, "2021-06-20"),
    ("Ngày 8/9 Đảng ủy xã ban hành Kế hoạch số 15-KH/ĐU.", 2025, None),  # partial, no comma: not a dateline
    # regression: a full date needs no comma before the subject that issues
    ("Ngày 10/3/2025 Ban Thường vụ Huyện ủy ban hành Kế hoạch số 150-KH/HU.", 2025, "2025-03-10"),
    # regression: a byline with a dash before the date ("(Baohatinh.vn) - Ngày …,") left the document undated
    ("(Baohatinh.vn) - Ngày 2 tháng 5 năm 2018, Ban Thường vụ Tỉnh ủy ban hành Chương trình hành động số 156-CTr/TU.",
     2025, "2018-05-02"),
    # regression: a paper's name with a dash and no parentheses ("QĐND - Ngày …,") left it undated
    ("QĐND - Ngày 10/3/2022, Đảng ủy Quân khu 4 đã ban hành Nghị quyết số 156-NQ/ĐU.", 2025, "2022-03-10"),
    ("GLO- Ngày 10-3-2022, Ban Thường vụ Tỉnh ủy đã ban hành Kế hoạch số 156-KH/TU.", 2025, "2022-03-10"),
    # regression: a numbered urban district's byline ("Quận 8 - Ngày …,", "Quận 3 (TP Hồ Chí Minh) - Ngày …,") left it
    # undated, and a lead after it ("Quận 8 - Thực hiện Chỉ thị …, Quận ủy ban hành …") carried nothing out
    ("Quận 8 - Ngày 12/4/2019, Quận ủy Quận 8 ban hành Kế hoạch số 142-KH/QU.", 2025, "2019-04-12"),
    ("Quận 3 (TP Hồ Chí Minh) - Ngày 12/4/2019, Quận ủy ban hành Kế hoạch số 142-KH/QU.", 2025, "2019-04-12"),
    # regression: "vừa qua" after the date, an opener and "vào" before it, a time of day for "ngày" left it undated
    ("Ngày 15/5/2023 vừa qua, Ban Thường vụ Tỉnh ủy đã ban hành Kế hoạch số 148-KH/TU.", 2025, "2023-05-15"),
    ("Trước đó, vào ngày 3/4/2023, Ban Thường vụ Tỉnh ủy đã ban hành Chỉ thị số 25-CT/TU.", 2025, "2023-04-03"),
    ("Sáng 10/7/2024, UBND tỉnh ban hành Quyết định số 1500/QĐ-UBND về công bố thủ tục hành chính.", 2025,
     "2024-07-10"),
    # regression: a time of day before a partial date stands for "ngày" too ("Chiều 25/9, Chủ tịch UBND tỉnh ký
    # Công điện …" left the telegram undated)
    ("Chiều 25/9, Chủ tịch UBND tỉnh ký Công điện khẩn số 15/CĐ-UBND về khắc phục hậu quả mưa lũ.", 2024,
     "2024-09-25"),
    ("NGHỆ AN - Sáng ngày 8/12, UBND tỉnh ban hành Quyết định số 1500/QĐ-UBND.", 2024, "2024-12-08"),
    ("Chiều 25/9 Chủ tịch UBND tỉnh ký Công điện số 15/CĐ-UBND.", 2024, None),  # partial, no comma: not a dateline
    # regression: a portal's name of five words before the dash ("Cổng TTĐT huyện Yên Thành - Ngày …,")
    ("Cổng TTĐT huyện Yên Thành - Ngày 12/4/2024, Thủ tướng Chính phủ ban hành Chỉ thị số 19/CT-TTg.", 2025,
     "2024-04-12"),
    # regression: a dateline of a place with its province or with the day ("Yên Thành (Nghệ An) - Ngày 5/1/2024, …"
    # left the plan undated)
    ("Yên Thành (Nghệ An) - Ngày 5/1/2024, UBND huyện Yên Thành ban hành Kế hoạch số 04/KH-UBND.", 2024,
     "2024-01-05"),
    ("Hàm Yên, 03/10/2014 - Ngày 2/10/2014, Ban Thường vụ Huyện ủy ban hành Kế hoạch số 41-KH/HU.", 2014,
     "2014-10-02"),
    # … and a dateline's day after "ngày" ("Sóc Trăng, ngày 20/3/2024 - Ngày 18/3/2024, …" left the plan undated)
    ("Sóc Trăng, ngày 20/3/2024 - Ngày 18/3/2024, Ban Thường vụ Tỉnh ủy ban hành Chỉ thị số 31-CT/TU.", 2024,
     "2024-03-18"),
])
def test_the_date_a_lead_opens_with_is_the_issued_documents(text, year, date):
    assert summary(text, place("Hà Tĩnh"), year)[0][5] == date


@pytest.mark.parametrize("text, dates", [
    # regression: a main clause opened by its date with no comma after it: the date was read
    # as the cited resolution's, and the plan had none
    ("Thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị, ngày 3/3/2025 Tỉnh ủy ban hành Kế hoạch số 12-KH/TU "
     "về đột phá phát triển khoa học, công nghệ.", [None, "2025-03-03"]),
    ("Thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị, ngày 3/3/2025 Ban Thường vụ Tỉnh ủy "
     "đã ban hành Kế hoạch số 12-KH/TU.", ["2024-12-22", "2025-03-03"]),
    # regression: a date set off by commas after the issuer, before the clause that issues ("Thực hiện Kết luận số
    # 121-KL/TW của Ban Chấp hành Trung ương, ngày 28/2/2025, Ban Thường vụ Tỉnh ủy ban hành …" dated the conclusion)
    ("Thực hiện Kết luận số 121-KL/TW của Ban Chấp hành Trung ương, ngày 28/2/2025, Ban Thường vụ Tỉnh ủy ban hành "
     "Quyết định số 1520-QĐ/TU.", [None, "2025-02-28"]),
    # a date after the issuer and before the comma closing the lead stays the resolution's
    ("Thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị ngày 22/12/2024, Ban Thường vụ Tỉnh ủy đã ban hành "
     "Kế hoạch số 12-KH/TU.", ["2024-12-22", None]),
    # regression: a main clause's date between two commas, after a lead whose document took no date,
    # left the decision undated
    ("Để triển khai Thông tư, ngày 20/2/2025, UBND tỉnh Hải Dương ban hành Quyết định số 10/2025/QĐ-UBND.",
     [None, "2025-02-20"]),
    # regression: a legal symbol is dated in its year; a date of another year opens the next clause
    ("Để triển khai Thông tư 29/2024/TT-BGDĐT, ngày 20/2/2025, UBND tỉnh Hải Dương ban hành Quyết định số "
     "10/2025/QĐ-UBND.", [None, "2025-02-20"]),
    # regression: "Cùng ngày, …" dates what its sentence issues on the day of the one issued before
    ("Ngày 10/4/2024, UBND huyện Gia Lâm có Kế hoạch số 112/KH-UBND. Cùng ngày, UBND huyện ban hành Quyết định "
     "số 1.245/QĐ-UBND.", ["2024-04-10", "2024-04-10"]),
    # regression: … but right after a flashback that opens with its own date ("Trước đó, ngày 3/2/2025, …. Cùng ngày,
    # …"), that date, not an older document's issued before the flashback
    ("Ngày 10/2/2025, UBND huyện ban hành Kế hoạch số 38/KH-UBND. Trước đó, ngày 3/2/2025, Ban Chỉ đạo của huyện "
     "được thành lập theo Quyết định số 512-QĐ/HU của Ban Thường vụ Huyện ủy. Cùng ngày, Ban Chỉ đạo ban hành "
     "Thông báo số 01-TB/BCĐ về phân công nhiệm vụ.", ["2025-02-10", None, "2025-02-03"]),
    # regression: "Cùng ngày, …" after sentences that tell the day's events and issue nothing left what it issues
    # undated; it is of the day the nearest sentence before opens with (not the date of a document cited there)
    ("Chiều 1-4, Ban Thường vụ Quận ủy Quận 1 họp, thống nhất triển khai ngay Chỉ thị số 05/CT-UBND ngày 31-3-2025 "
     "của Chủ tịch UBND Thành phố.\n\nCùng ngày, UBND Quận 1 ban hành Công văn số 1205/UBND-VP.",
     ["2025-03-31", "2025-04-01"]),
    # regression: a document cited again with a date after its own, before the clause that issues
    ("Thủ tướng ban hành Chỉ thị 22/CT-TTg ngày 8/7/2024. Triển khai Chỉ thị 22/CT-TTg, ngày 12/7/2024, Bộ Y tế có "
     "Công văn số 4123/BYT-DP.", ["2024-07-08", None, "2024-07-12"]),
    # regression: a date set off by commas after a number named alone, before the clause that issues ("Để cụ thể hóa
    # Nghị định 03, ngày 12/3/2020, ba lực lượng đã ký kết Quy chế …" dated the decree)
    ("Để cụ thể hóa Nghị định 03, ngày 12/3/2020, Công an tỉnh và Bộ Chỉ huy Quân sự tỉnh đã ký kết Quy chế phối hợp "
     "số 268/QC-CAT-BCHQS.", [None, "2020-03-12"]),
    # regression: a subject of bodies listed with a comma after the clause's date left the issued one undated
    ("Trung ương ban hành Kết luận số 121-KL/TW ngày 24/1/2025. Để triển khai Kết luận 121-KL/TW, ngày 14/2/2025, "
     "Bộ Chính trị, Ban Bí thư ban hành Kết luận số 126-KL/TW.", ["2025-01-24", None, "2025-02-14"]),
    ("Thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị, ngày 3/3/2025 Tỉnh ủy và UBND tỉnh ban hành Kế hoạch "
     "liên tịch số 12/KHLT-TU-UBND.", [None, "2025-03-03"]),
    # regression: a second verb of the sentence with its own date ("…, sau đó ngày 20/3/2024 ban hành …") took the
    # sentence's first
    ("Ngày 8/3/2024, Ban Thường vụ Tỉnh ủy ban hành Kết luận số 450-KL/TU, sau đó ngày 20/3/2024 ban hành Kế hoạch "
     "số 210-KH/TU.", ["2024-03-08", "2024-03-20"]),
    # … a date the cited document took stays its own
    ("Thực hiện Nghị quyết số 57-NQ/TW, ngày 22/12/2024, Tỉnh ủy Nghệ An ban hành Kế hoạch số 12-KH/TU.",
     ["2024-12-22", None]),
    # regression: … but a state symbol takes its date with no comma: the date set off by commas after it, before a
    # clause that issues, is that clause's ("Trên cơ sở Nghị quyết số 48/NQ-HĐND, ngày 18/12/2024, UBND tỉnh ban hành
    # Quyết định số 3125/QĐ-UBND" dated the council's resolution)
    ("Trên cơ sở Nghị quyết số 48/NQ-HĐND, ngày 18/12/2024, UBND tỉnh ban hành Quyết định số 3125/QĐ-UBND về giao dự "
     "toán ngân sách năm 2025.", [None, "2024-12-18"]),
    ("Thực hiện Công điện số 97/CĐ-TTg, ngày 30/9/2024, UBND tỉnh có Công văn số 8720/UBND-KTTC.", [None, "2024-09-30"]),
    # regression: the same for a document cited again by its number alone ("Chỉ thị 05, ngày 10 tháng 8 năm
    # 2016," was the directive's date, and the plan had none)
    ("Tỉnh ủy quán triệt Chỉ thị số 05-CT/TW, ngày 15-5-2016 của Bộ Chính trị. Thực hiện Chỉ thị 05, ngày 10 tháng "
     "8 năm 2016, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 24-KH/TU.", ["2016-05-15", None, "2016-08-10"]),
    # regression: a time of day for "ngày" ("…, chiều 19/9/2024, Chủ tịch UBND tỉnh … ký Công điện …" left it undated)
    ("Trước diễn biến mưa lớn do hoàn lưu bão số 4, chiều 19/9/2024, Chủ tịch UBND tỉnh Nghệ An ký Công điện hỏa tốc "
     "số 08/CĐ-UBND yêu cầu các huyện miền núi sơ tán dân.", ["2024-09-19"]),
    ("Thực hiện Chỉ thị số 20/CT-TTg, chiều 19/9/2024, Chủ tịch UBND tỉnh ký Công điện số 08/CĐ-UBND.",
     [None, "2024-09-19"]),
    # regression: "vào ngày" after the document its clause issues ("Bộ Chính trị đã ban hành Quy định 69-QĐ/TW vào ngày
    # 6/7/2022" left it undated); a document the clause does not issue takes no such date (a meeting's)
    ("Bộ Chính trị đã ban hành Quy định 69-QĐ/TW vào ngày 6/7/2022.", ["2022-07-06"]),
    ("Tỉnh ủy tổ chức hội nghị quán triệt Quy định 69-QĐ/TW vào ngày 15/8/2022.", [None]),
    # regression: a clause after "; " that opens with its own subject and verb was undated ("Ngày 30/6/2025, … ban hành
    # Quyết định số 2450/QĐ-TLĐ; Ban Bí thư Trung ương Đoàn ban hành Hướng dẫn …" dated the decision only); the day its
    # sentence opens with is the clause's when a clause before it issued a document of that day
    ("Ngày 30/6/2025, Đoàn Chủ tịch Tổng Liên đoàn Lao động Việt Nam ban hành Quyết định số 2450/QĐ-TLĐ; Ban Bí thư "
     "Trung ương Đoàn ban hành Hướng dẫn số 15-HD/TWĐTN-TCKT.", ["2025-06-30", "2025-06-30"]),
    ("Ngày 10/4/2024, UBND huyện Gia Lâm có Kế hoạch số 112/KH-UBND. Cùng ngày, UBND huyện ban hành Quyết định "
     "số 1245/QĐ-UBND; Phòng Tư pháp huyện ban hành Hướng dẫn số 05/HD-PTP.", ["2024-04-10"] * 3),
    # regression: … and when the clause goes on with the subject before ("…; đồng thời có Công văn số …" was undated)
    ("Ngày 20/11/2025, UBND phường Vũng Tàu ban hành Kế hoạch số 210/KH-UBND, phân công nhiệm vụ cho các phòng; đồng "
     "thời có Công văn số 315/UBND-VP đề nghị các cơ sở lưu trú chấp hành quy định.", ["2025-11-20", "2025-11-20"]),
    # … not when the first clause's document has a date of its own, nor after an adverb of another time
    ("Ngày 5/3/2024, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 12-KH/TU ngày 1/3/2024; UBND tỉnh ban hành Kế hoạch "
     "số 30/KH-UBND.", ["2024-03-01", None]),
    ("Ngày 5/3/2024, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 12-KH/TU; trước đó, UBND tỉnh đã ban hành Kế hoạch "
     "số 30/KH-UBND.", ["2024-03-05", None]),
    # regression: a partial date set off by commas after a lead, before the subject that issues ("…, ngày 5/11, Chủ tịch
    # UBND tỉnh ký Công điện …", "…, chiều 3/3, …") left the document undated, and what "Cùng ngày" issues after it
    ("Thực hiện Công điện số 21/CĐ-TTg ngày 4/11/2025 của Thủ tướng Chính phủ, ngày 5/11, Chủ tịch UBND tỉnh ký Công "
     "điện số 12/CĐ-UBND. Cùng ngày, Ban Chỉ huy Phòng thủ dân sự tỉnh ban hành Văn bản số 245/BCH-PTDS.",
     ["2025-11-04", "2025-11-05", "2025-11-05"]),
    ("Thực hiện Nghị quyết số 57-NQ/TW, chiều 3/3, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 12-KH/TU.",
     [None, "2025-03-03"]),
    # regression: a day named by its weekday or from the article's before the date ("Sáng nay (3/4), UBND tỉnh ban hành
    # …", "Thứ Hai (3/4), …", "Ngày thứ Ba, 4/4/2025, …", "Vào thứ Tư (5/4), …" left the document undated)
    ("Sáng nay (3/4), UBND tỉnh ban hành Quyết định số 850/QĐ-UBND về phòng, chống thiên tai.", ["2025-04-03"]),
    ("Chiều qua (2/4), Ban Thường vụ Tỉnh ủy ban hành Chỉ thị số 21-CT/TU.", ["2025-04-02"]),
    ("Thứ Hai (3/4), UBND huyện Can Lộc ban hành Kế hoạch số 31/KH-UBND.", ["2025-04-03"]),
    ("Ngày thứ Ba, 4/4/2025, UBND thị xã Kỳ Anh ban hành Kế hoạch số 32/KH-UBND.", ["2025-04-04"]),
    ("Vào thứ Tư (5/4), Huyện ủy Can Lộc ban hành Nghị quyết số 12-NQ/HU.", ["2025-04-05"]),
    # … not a weekday that counts ("Thứ ba, 3 huyện …": "Third, …")
    ("Thứ ba, 3 huyện đã ban hành Kế hoạch số 15/KH-UBND.", [None]),
    # regression: a clause after a lead that opens with a weekday ("Để triển khai Nghị quyết, Thứ Năm (14/12), UBND tỉnh đã có
    # văn bản …" was undated)
    ("Để triển khai Nghị quyết số 52/2023/NQ-HĐND, thứ Năm (14/12), UBND tỉnh đã có văn bản số 4567/UBND-KTN giao Sở "
     "Nông nghiệp chủ trì.", [None, "2025-12-14"]),
    # regression: "hôm" for "ngày", as VnExpress writes it ("Hôm 2/4, Ban Chỉ đạo tỉnh ban hành …", "…, hôm 1/4, Ban
    # Thường vụ Tỉnh ủy ban hành …" left them undated)
    ("Hôm 2/4, Ban Chỉ đạo tỉnh ban hành Quy chế hoạt động số 01-QC/BCĐ.", ["2025-04-02"]),
    ("Thực hiện Nghị quyết số 57-NQ/TW, hôm 1/4, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 210-KH/TU.",
     [None, "2025-04-01"]),
    # regression: documents listed after a colon that follows the ones the verb counts ("… ban hành hai nghị quyết
    # chuyên đề: Nghị quyết số 07-NQ/TU … và Nghị quyết số 08-NQ/TU …") were not issued, so undated
    ("Ngày 30/11/2021, Ban Chấp hành Đảng bộ tỉnh ban hành hai nghị quyết chuyên đề: Nghị quyết số 07-NQ/TU về phát "
     "triển du lịch và Nghị quyết số 08-NQ/TU về phát triển nông nghiệp hàng hóa.", ["2021-11-30", "2021-11-30"]),
    # … not when they are still to come
    ("Ngày 30/11/2021, Tỉnh ủy đề ra mục tiêu sẽ ban hành hai nghị quyết chuyên đề: Nghị quyết số 07-NQ/TU và Nghị "
     "quyết số 08-NQ/TU.", [None, None]),
    # regression: "Đến ngày …," opening the step a history comes to ("Năm 2020, Quốc hội thông qua … Đến ngày 26/6/2024,
    # Quốc hội ban hành Nghị quyết số 136/2024/QH15 …") left it undated; a deadline still gives no date
    ("Năm 2020, Quốc hội thông qua Nghị quyết số 119/2020/QH14. Đến ngày 26/6/2024, Quốc hội ban hành Nghị quyết số "
     "136/2024/QH15 về tổ chức chính quyền đô thị.", [None, "2024-06-26"]),
    ("Đến ngày 30/6/2025, UBND tỉnh sẽ ban hành Kế hoạch số 12/KH-UBND.", [None]),
    # regression: "cùng ngày" after the document issued ("… huyện ban hành Kế hoạch số 51-KH/HU cùng ngày") left it
    # undated; it is the day of the last document issued before it, as "Cùng ngày, …" opening the sentence gives
    ("Ban Thường vụ Huyện ủy ban hành Kế hoạch số 50-KH/HU ngày 05/01/2022 thực hiện Nghị quyết số 08-NQ/TU. Để thực "
     "hiện Nghị quyết số 07-NQ/TU, huyện ban hành Kế hoạch số 51-KH/HU cùng ngày.",
     ["2022-01-05", None, None, "2022-01-05"]),
    # regression: a bare "cùng ngày" after a listed document ("… và Quyết định số 1673-QĐ/TU cùng ngày về …") left it
    # undated; it is the day of the document its sentence dated last
    ("Ban Thường vụ Tỉnh ủy ban hành Quyết định số 215-QĐ/TU ngày 03/02/2025 về thành lập Đảng bộ các cơ quan Đảng tỉnh "
     "và Quyết định số 216-QĐ/TU cùng ngày về thành lập Đảng bộ UBND tỉnh.", ["2025-02-03", "2025-02-03"]),
    # … and one opening the next clause or sentence ("…; Quyết định số 3146/QĐ-UBND cùng ngày …", "Nghị định số
    # 101/2024/NĐ-CP cùng ngày …") was left undated: the day of the document the one before issued, else of its first
    ("Ngày 14/3/2023, UBND huyện ban hành Quyết định số 512/QĐ-UBND về thành lập Tổ công tác; Quyết định số "
     "513/QĐ-UBND cùng ngày quy định chức năng của Tổ.", ["2023-03-14", "2023-03-14"]),
    ("Bộ Tài chính đã ban hành Thông tư số 56/2023/TT-BTC ngày 18/8/2023 thay thế Thông tư số 40/2019/TT-BTC ngày "
     "28/6/2019. Thông tư số 57/2023/TT-BTC cùng ngày hướng dẫn việc thu phí.",
     ["2023-08-18", "2019-06-28", "2023-08-18"]),
    # regression: two days before two documents ("Ngày 5/8 và 12/8/2024, UBND tỉnh lần lượt ban hành A1 và A2", "Ngày
    # 20 và 22/8/2024, …") left both undated: the first is the first document's, the second the second's
    ("Ngày 5/8 và 12/8/2024, UBND tỉnh lần lượt ban hành Quyết định số 1980/QĐ-UBND và Quyết định số 2045/QĐ-UBND phê "
     "duyệt phương án sắp xếp.", ["2024-08-05", "2024-08-12"]),
    ("Ngày 20 và 22/8/2024, HĐND huyện lần lượt thông qua Nghị quyết số 40/NQ-HĐND và Nghị quyết số 52/NQ-HĐND.",
     ["2024-08-20", "2024-08-22"]),
    # regression: the holder's name after the office that issues ("…, chiều 20/9, Chủ tịch UBND tỉnh Võ Trọng Hải đã ký
    # ban hành Công điện …") left the clause unopened, so undated
    ("Trước diễn biến của bão số 4, chiều 20/9, Chủ tịch UBND tỉnh Võ Trọng Hải đã ký ban hành Công điện số "
     "07/CĐ-UBND.", ["2025-09-20"]),
    # regression: "trong" before the time of day or the day that opens the sentence or the clause ("Cũng trong chiều
    # 15/11, Văn phòng … đã phát Công điện …", "…, ngay trong tối 15/11, UBND huyện đã có Văn bản số …") left it undated
    ("Cũng trong chiều 21/9, Sở Nông nghiệp và Phát triển nông thôn đã ban hành Công văn số 1456/SNN-TL.",
     ["2025-09-21"]),
    ("Tại huyện Cẩm Xuyên, ngay trong tối 21/9, UBND huyện đã có Văn bản số 2210/UBND-NN yêu cầu các xã sơ tán dân.",
     ["2025-09-21"]),
    # regression: the date opening what a speaker says after a colon ("… thông tin: ngày 14-5-2011, Bộ Chính trị đã ban
    # hành A") left A undated
    ("Kết luận hội nghị, đồng chí Bí thư Tỉnh ủy thông tin: ngày 14-5-2011, Bộ Chính trị khóa XI đã ban hành Chỉ thị "
     "số 03-CT/TW.", ["2011-05-14"]),
    ("Đồng chí Phó Bí thư nhấn mạnh: Ngày 9/12/2011, Bộ Chính trị đã ban hành Nghị quyết số 09-NQ/TW.", ["2011-12-09"]),
    # regression: a paragraph opened by a section's or list item's mark ("* Ngày 5/9, …", "- Ngày …", "* Cùng ngày, …")
    # left what it issues undated
    ("Huyện ủy tổ chức hội nghị quán triệt chuyên đề.\n\n* Ngày 5/9, Ban Thường vụ Huyện ủy Can Lộc ban hành Kế hoạch "
     "số 145-KH/HU.", ["2025-09-05"]),
    ("Tỉnh ủy tổ chức hội nghị quán triệt chuyên đề.\n\n- Ngày 12/8/2025, UBND tỉnh ban hành Kế hoạch số "
     "318/KH-UBND.", ["2025-08-12"]),
    ("Chiều 7/9, Tỉnh ủy tổ chức hội nghị quán triệt chuyên đề.\n\n* Cùng ngày, Ban Thường vụ Huyện ủy Can Lộc ban "
     "hành Kế hoạch số 146-KH/HU.", ["2025-09-07"]),
    # regression: … the day the lead told, past a caption and a list, blank lines between paragraphs no sentences ("*
    # Cùng ngày, …" closing the article was undated: the lead was more than four lines back)
    ("Chiều 7/9, Tỉnh ủy tổ chức hội nghị quán triệt chuyên đề.\n\nQuang cảnh hội nghị (Ảnh: Minh Châu)\n\nHội nghị "
     "thống nhất 3 nhóm giải pháp:\n\n+ Nâng cao nhận thức của cán bộ;\n\n+ Hoàn thiện quy hoạch;\n\n+ Huy động "
     "nguồn lực.\n\n* Cùng ngày, Ban Thường vụ Huyện ủy Can Lộc ban hành Kế hoạch số 147-KH/HU.", ["2025-09-07"]),
])
def test_the_date_a_main_clause_opens_with_is_the_issued_documents(text, dates):
    assert [row[5] for row in summary(text, place("Hà Tĩnh"), 2025)] == dates


@pytest.mark.parametrize(
    "text, form, ref, mention",
    [
        ("Ban Tuyên giáo được giao theo dõi việc thực hiện Chỉ thị này.", "ref", "this", "Chỉ thị này"),
        ("nhằm thực hiện có hiệu quả chỉ thị trên, Công an tỉnh đã tham mưu", "ref", "this", "chỉ thị trên"),
        ("Theo Công văn, các sở phải báo cáo trước ngày 15.", "ref", "bare", "Công văn"),
        ("Kế hoạch đặt mục đích nâng cao chất lượng hoạt động.", "ref", "bare", "Kế hoạch"),
        ("ngoài nội dung nêu trong kế hoạch của UBND xã Thạch Kim, các thôn", "ref", "issuer",
         "kế hoạch của UBND xã Thạch Kim"),
        ("Văn bản của Ban Tuyên giáo Tỉnh ủy đề nghị các địa phương", "ref", "issuer",
         "Văn bản của Ban Tuyên giáo Tỉnh ủy"),
        ("UBND tỉnh vừa có văn bản chỉ đạo triển khai (Công văn số 2170/UBND-NC).", "ref", "cataphor", "văn bản"),
        # unnumbered documents the text brings into being take their description and title
        ("UBND huyện Cẩm Xuyên vừa ban hành Kế hoạch tổ chức Ngày hội toàn dân bảo vệ an ninh Tổ quốc.",
         "new", None, "Kế hoạch tổ chức Ngày hội toàn dân bảo vệ an ninh Tổ quốc"),
        ("Ban Thường vụ Tỉnh ủy vừa ban hành Chỉ thị về tăng cường công tác dân vận trong tình hình mới.",
         "new", None, "Chỉ thị về tăng cường công tác dân vận trong tình hình mới"),
        ("Riêng một kế hoạch được huyện xây dựng để thực hiện hai nghị quyết", "new", None,
         "kế hoạch được huyện xây dựng để thực hiện hai"),
        # a body and a plural inside the subject's phrase ("phối hợp với … và các …") leave the subject single
        ("Tỉnh ủy phối hợp với Ban Tuyên giáo và các ban đảng đã ban hành kế hoạch tuyên truyền biển đảo.", "new", None,
         "kế hoạch tuyên truyền biển đảo"),
        # an opening clause whose subject is plural leaves the subject that issues it single
        ("Các đồng chí lãnh đạo cho biết, Tỉnh ủy đã ban hành kế hoạch chuyển đổi số.", "new", None,
         "kế hoạch chuyển đổi số"),
        ("Năm nay, Ban Thường vụ Tỉnh ủy đã ban hành kế hoạch tuyên truyền biển đảo.", "new", None,
         "kế hoạch tuyên truyền biển đảo"),
        # regression: a scheme named by a period or a quoted title was no document
        ("Tỉnh còn triển khai Đề án 2021-2025 của UBND tỉnh về phát triển đội ngũ trí thức trẻ.", "ref", "issuer",
         "Đề án 2021-2025 của UBND tỉnh"),
        ("Thực hiện Đề án phát triển du lịch giai đoạn 2021 - 2025 của UBND tỉnh, huyện đã mở 12 lớp tập huấn.",
         "ref", "issuer", "Đề án phát triển du lịch giai đoạn 2021 - 2025 của UBND tỉnh"),
        ("Năm 2023, huyện triển khai Đề án “Xây dựng xã hội học tập giai đoạn 2021-2030” của Thủ tướng Chính phủ.",
         "ref", "issuer", "Đề án “Xây dựng xã hội học tập giai đoạn 2021-2030” của Thủ tướng Chính phủ"),
        ("Thực hiện Đề án “Xây dựng xã hội học tập giai đoạn 2021-2030”, UBND huyện ban hành Kế hoạch số 12/KH-UBND.",
         "new", None, "Đề án “Xây dựng xã hội học tập giai đoạn 2021-2030”"),
        ("Thực hiện Đề án giai đoạn 2021-2025 về phát triển đội ngũ trí thức trẻ, Sở Nội vụ mở lớp bồi dưỡng.",
         "new", None, "Đề án giai đoạn 2021-2025 về phát triển đội ngũ trí thức trẻ"),
        # regression: an issued plan for one economic field is a document ("Kế hoạch phát triển kinh tế ban đêm …" was
        # taken for the policy plan of socio-economic development, none)
        ("Ngày 15/4/2024, UBND thành phố Vinh ban hành Kế hoạch phát triển kinh tế ban đêm trên địa bàn thành phố "
         "giai đoạn 2024 - 2030.", "new", None,
         "Kế hoạch phát triển kinh tế ban đêm trên địa bàn thành phố giai đoạn 2024 - 2030"),
        # regression: a bare name with the word that sorts its type ("Nghị quyết chuyên đề,") was no reference
        ("Trên cơ sở Nghị quyết chuyên đề, UBND phường đã ban hành kế hoạch thực hiện.", "ref", "bare",
         "Nghị quyết chuyên đề"),
        # regression: … or by "vào" ("đưa nội dung Quy định vào sinh hoạt chi bộ")
        ("Các chi bộ đưa nội dung Quy định vào sinh hoạt chi bộ định kỳ.", "ref", "bare", "Quy định"),
        # regression: a bare capitalised noun followed by where it is carried out was no reference
        ("Công an tỉnh xây dựng Kế hoạch số 120/KH-CAT để triển khai thực hiện Chương trình trong toàn lực lượng.",
         "ref", "bare", "Chương trình"),
        # regression: a bare noun opening a sentence, before the verb of what it does, was no reference ("Kế hoạch
        # triển khai Quyết định số 90/QĐ-TTg …", "Công văn hướng dẫn thực hiện …": the plan or letter the article
        # reports implemented nothing)
        ("Sở ban hành Kế hoạch số 1650/KH-SLĐTBXH.\nKế hoạch triển khai Quyết định số 90/QĐ-TTg ngày 18/1/2022.",
         "ref", "bare", "Kế hoạch"),
        ("Sở có Công văn số 812/SGDĐT-QLT.\n\nCông văn hướng dẫn thực hiện Quyết định số 1235/QĐ-UBND của UBND tỉnh.",
         "ref", "bare", "Công văn"),
        # regression: a joint document's bodies after "giữa" ("theo Chương trình phối hợp giữa Ủy ban MTTQ huyện và Công
        # an huyện" was no document)
        ("Xã đạt danh hiệu theo Chương trình phối hợp giữa Ủy ban MTTQ huyện và Công an huyện.", "ref", "issuer",
         "Chương trình phối hợp giữa Ủy ban MTTQ huyện và Công an huyện"),
        # regression: the Front's yearly programme with its mass organisations, named in full, was no document ("theo
        # Chương trình phối hợp và thống nhất hành động năm 2024 của Ủy ban MTTQ tỉnh": "và" ended the noun)
        ("Hội Nông dân tỉnh thực hiện tốt Chương trình phối hợp và thống nhất hành động năm 2024 của Ủy ban MTTQ tỉnh "
         "với các tổ chức thành viên.", "ref", "issuer",
         "Chương trình phối hợp và thống nhất hành động năm 2024 của Ủy ban MTTQ tỉnh"),
        # regression: "được" ends a description ("Thông báo được ban hành trên cơ sở đề nghị của Ban cán sự đảng UBND tỉnh
        # tại Tờ trình …" was a notice of the Ban cán sự đảng's)
        ("Thông báo được ban hành trên cơ sở đề nghị của Ban cán sự đảng UBND tỉnh tại Tờ trình số 45-TTr/BCSĐ.", "ref",
         "bare", "Thông báo"),
        # regression: … or by its agent after "do" ("Báo cáo do Ban Nội chính Tỉnh ủy tham mưu trên cơ sở Công văn số
        # 1235-CV/BNCTW …": the report rested on nothing)
        ("Tỉnh ủy ban hành Báo cáo số 98-BC/TU. Báo cáo do Ban Tổ chức Tỉnh ủy tham mưu trên cơ sở Hướng dẫn số "
         "12-HD/BTCTW.", "ref", "bare", "Báo cáo"),
        # regression: "Luật này" was no reference (a decree that details "một số điều của Luật này" implemented nothing)
        ("Nghị định số 72/2020/NĐ-CP ngày 30/6/2020 của Chính phủ quy định chi tiết một số điều của Luật này.", "ref",
         "this", "Luật này"),
        # regression: the issuing talked of ("Việc ban hành Nghị quyết nhằm tiếp tục cụ thể hóa B" after the council's
        # resolution: a second resolution of no number, which carried B out in place of the one named)
        ("HĐND tỉnh thông qua Nghị quyết số 21/2023/NQ-HĐND. Việc ban hành Nghị quyết nhằm cụ thể hóa Quyết định số "
         "611/QĐ-TTg.", "ref", "bare", "Nghị quyết"),
        # regression: … and dating a deed by it ("ngay sau khi ban hành Nghị quyết, Đảng ủy phân công …" was a second
        # resolution of no number, no issuer)
        ("Đảng ủy xã Tân Bửu ban hành Nghị quyết số 09-NQ/ĐU ngày 2/10/2022. Ngay sau khi ban hành Nghị quyết, Đảng ủy "
         "phân công cán bộ phụ trách từng ấp.", "ref", "bare", "Nghị quyết"),
        # … and the day of its issue ("… chấm dứt hiệu lực Chỉ thị số 46-CT/TW kể từ ngày ban hành Kết luận" was a second
        # conclusion of no number)
        ("Ban Bí thư ban hành Kết luận số 20-KL/TW ngày 8/5/2026. Chỉ thị số 24-CT/TW hết hiệu lực kể từ ngày ban hành "
         "Kết luận.", "ref", "bare", "Kết luận"),
        # (not a day an adverb holds: "UBND huyện cùng ngày ban hành Kế hoạch …" issues it)
        ("Ngày 5/3/2026, Huyện ủy họp. UBND huyện cùng ngày ban hành Kế hoạch triển khai Nghị quyết số 05-NQ/HU.", "new",
         None, "Kế hoạch triển khai Nghị quyết số 05-NQ/HU"),
        # regression: a bare lower-case noun a level word issued in a clause of time ("Ngay sau khi tỉnh ban hành kế hoạch,
        # …") was a new plan of no issuer, which the main clause's plan carried out, not the province's plan told before
        ("UBND tỉnh Quảng Nam ban hành Kế hoạch số 125/KH-UBND về phòng, chống dịch. Ngay sau khi tỉnh ban hành kế hoạch, "
         "UBND huyện Núi Thành ban hành Kế hoạch số 64/KH-UBND.", "ref", "bare", "kế hoạch"),
        # regression: a scheme a decision approved, named again by the first words of its unquoted name, was none
        # ("… thực hiện Đề án tái cơ cấu ngành thủy sản trên địa bàn tỉnh" after "Quyết định số 1445/QĐ-BNN-TCTS …
        # phê duyệt Đề án tái cơ cấu ngành thủy sản theo hướng …")
        ("Quyết định số 2760/QĐ-BNN-TCTS ngày 22/11/2013 của Bộ Nông nghiệp và Phát triển nông thôn phê duyệt Đề án tái "
         "cơ cấu ngành thủy sản theo hướng nâng cao giá trị gia tăng. Sở Nông nghiệp và Phát triển nông thôn Kiên Giang "
         "ban hành kế hoạch thực hiện Đề án tái cơ cấu ngành thủy sản trên địa bàn tỉnh.", "ref", "bare",
         "Đề án tái cơ cấu ngành thủy sản"),
        ("Quyết định số 1896/QĐ-TTg ngày 25/12/2023 của Thủ tướng Chính phủ phê duyệt Chiến lược phát triển Thông tấn "
         "xã Việt Nam đến năm 2030. Thông tấn xã đã có Kế hoạch số 12/KH-TTX triển khai Chiến lược phát triển Thông tấn "
         "xã Việt Nam giai đoạn 2024 - 2025.", "ref", "bare", "Chiến lược phát triển Thông tấn xã Việt Nam"),
        # regression: a strategy a decision approved, named again by its noun and a period inside its own, was none
        # ("… thực hiện Chiến lược giai đoạn 2023 - 2025" after "… phê duyệt Chiến lược … đến năm 2030")
        ("Quyết định số 1896/QĐ-TTg ngày 25/12/2023 của Thủ tướng Chính phủ phê duyệt Chiến lược phát triển Thông tấn "
         "xã Việt Nam đến năm 2030. Thông tấn xã ban hành Kế hoạch số 12/KH-TTX thực hiện Chiến lược giai đoạn 2024 - "
         "2025.", "ref", "bare", "Chiến lược"),
        # regression: a strategy named by its unquoted title, which the next sentence (or paragraph) says a decision
        # approved, was none ("… thực hiện Chiến lược phát triển … . Chiến lược được Thủ tướng Chính phủ phê duyệt tại
        # Quyết định số …"), as a scheme so named is a document
        ("Sở Lao động - Thương binh và Xã hội có Kế hoạch số 15/KH-SLĐTBXH thực hiện Chiến lược phát triển giáo dục nghề "
         "nghiệp giai đoạn 2021 - 2030. Chiến lược được Thủ tướng Chính phủ phê duyệt tại Quyết định số 2239/QĐ-TTg "
         "ngày 30/12/2021.", "new", None, "Chiến lược phát triển giáo dục nghề nghiệp giai đoạn 2021 - 2030"),
        ("UBND huyện Krông Pắc có Kế hoạch số 40/KH-UBND thực hiện Đề án phát triển cây sầu riêng giai đoạn 2022 - "
         "2025.\n\nĐề án được UBND tỉnh phê duyệt tại Quyết định số 1020/QĐ-UBND ngày 5/5/2022.", "new", None,
         "Đề án phát triển cây sầu riêng giai đoạn 2022 - 2025"),
        # regression: a council's members voting pass one document ("… các đại biểu đã biểu quyết thông qua Nghị quyết điều
        # chỉnh kế hoạch đầu tư công trung hạn …" was none: a plural subject, one resolution each)
        ("Tại kỳ họp, các đại biểu đã biểu quyết thông qua Nghị quyết về thành lập Ban Dân tộc của HĐND tỉnh.", "new",
         None, "Nghị quyết về thành lập Ban Dân tộc của HĐND tỉnh"),
        # … after discussing it, a comma between the two ("các đại biểu đã thảo luận, biểu quyết thông qua Nghị quyết …" was none)
        ("Tại hội nghị, các đại biểu đã thảo luận, biểu quyết thông qua Nghị quyết về lãnh đạo thực hiện nhiệm vụ quốc "
         "phòng năm 2025.", "new", None, "Nghị quyết về lãnh đạo thực hiện nhiệm vụ quốc phòng năm 2025"),
        # regression: an action after a comma right after the noun is the body's next act, not the plan's description
        # ("đã ban hành kế hoạch, chỉ đạo các xã …" was the plan ", chỉ đạo các xã rà soát quỹ đất")
        ("Thực hiện Nghị quyết số 19-NQ/TW, UBND huyện Ia Pa đã ban hành kế hoạch, chỉ đạo các xã rà soát quỹ đất.",
         "new", None, "kế hoạch"),
        ("Ban Thường vụ Huyện ủy Chư Sê đã cụ thể hóa bằng kế hoạch, quán triệt đến các chi bộ trực thuộc.", "new", None,
         "kế hoạch"),
    ],
)
def test_references_and_new_documents(text, form, ref, mention):
    [first] = [c for c in find_citations(text, place("Hà Tĩnh")) if c.form == form]
    assert (first.ref, first.mention(text)) == (ref, mention)


@pytest.mark.parametrize(
    "text, refs",
    [
        # regression: a bare noun opening a sentence before a predicate, then a document of a body ("Kế hoạch nhằm triển
        # khai Chương trình công tác năm 2020 của Huyện ủy") was a new plan of that body, not the plan named before
        ("UBND huyện ban hành Kế hoạch số 58/KH-UBND ngày 4/3/2020.\nKế hoạch nhằm triển khai Chương trình công tác năm "
         "2020 của Huyện ủy.", [("bare", "Kế hoạch"), ("issuer", "Chương trình công tác năm 2020 của Huyện ủy")]),
        ("UBND huyện ban hành Chỉ thị số 05/CT-UBND ngày 4/3/2020.\nChỉ thị đặt mục tiêu hoàn thành Kế hoạch công tác năm "
         "2020 của Huyện ủy.", [("bare", "Chỉ thị"), ("issuer", "Kế hoạch công tác năm 2020 của Huyện ủy")]),
        # regression: "mới" after the noun opening the sentence ("Quy định mới được ban hành trên cơ sở …") named nothing
        ("Tỉnh ủy ban hành Quy định số 40-QĐ/TU về công tác cán bộ, thay thế Quy định số 18-QĐ/TU.\nQuy định mới được "
         "xây dựng trên cơ sở Quy định số 80-QĐ/TW của Bộ Chính trị.", [("bare", "Quy định mới")]),
        ("HĐND tỉnh thông qua Nghị quyết số 12/2024/NQ-HĐND về mức chi hỗ trợ.\nNghị quyết mới có hiệu lực từ ngày "
         "1/1/2025.", [("bare", "Nghị quyết mới")]),
        # … not a new one still to be made, mid-sentence
        ("UBND tỉnh ban hành Quyết định số 12/QĐ-UBND.\nSở Y tế đề xuất trình HĐND tỉnh ban hành Nghị quyết mới thay thế "
         "Nghị quyết số 33/2019/NQ-HĐND.", []),
        # regression: in lower case after the words a reporter credits someone with ("Theo bà …, Giám đốc Sở, kế hoạch
        # được xây dựng trên cơ sở …"), the plan named before was no citation and the plan based on nothing
        ("Sở Y tế ban hành Kế hoạch số 77/KH-SYT về tiêm chủng.\nTheo bà Lê Thị Hoa, Giám đốc Sở Y tế, kế hoạch được xây "
         "dựng trên cơ sở Quyết định số 1575/QĐ-BYT của Bộ Y tế.", [("bare", "kế hoạch")]),
        ("Trường ban hành Kế hoạch số 30/KH-THPT.\nTheo Hiệu trưởng nhà trường, kế hoạch nhằm cụ thể hóa Chỉ thị năm học "
         "của Bộ.", [("bare", "kế hoạch")]),
        # … not a plan spoken of with no attribution, nor one credited with a document in it
        ("Trường ban hành Kế hoạch số 30/KH-THPT.\nTheo Kế hoạch số 30/KH-THPT, kế hoạch được giao cho tổ chuyên môn.",
         []),
    ],
)
def test_a_bare_noun_opening_a_sentence_before_its_predicate_is_named_back(text, refs):
    cited = [c for c in find_citations(text, place("Hà Tĩnh")) if c.form == "ref"]
    assert [(c.ref, c.mention(text)) for c in cited] == refs


@pytest.mark.parametrize(
    "text, mentions",
    [
        # regression: one demonstrative after a list of nouns is each noun's ("Thực hiện Chỉ thị và Chương trình hành
        # động nêu trên" named no Chỉ thị)
        ("Thực hiện Chỉ thị và Chương trình hành động nêu trên, Ban Thường vụ Huyện ủy đã ban hành Kế hoạch số "
         "42-KH/HU.", ["Chỉ thị", "Chương trình hành động nêu trên"]),
        ("Thực hiện Nghị quyết, Chỉ thị và Kết luận nêu trên, Tỉnh ủy đã ban hành Kế hoạch số 42-KH/TU.",
         ["Nghị quyết", "Chỉ thị", "Kết luận nêu trên"]),
    ],
)
def test_one_demonstrative_after_a_list_of_nouns_is_each_noun_s(text, mentions):
    refs = [c for c in find_citations(text, place("Hà Tĩnh")) if c.ref == "this"]
    assert [c.mention(text) for c in refs] == mentions


@pytest.mark.parametrize(
    ("text", "article", "level", "district"),
    [
        ("Riêng một kế hoạch được quận thiết kế để thực hiện đồng thời hai chương trình.",
         place("Hà Nội", "Long Biên"), "district", "Long Biên"),
        ("Có một chương trình được tỉnh phê duyệt từ đầu năm.", place("Hà Tĩnh", "Can Lộc"), "province", None),
        # the article names no district: which district's authority is unknown
        ("Có một kế hoạch được huyện xây dựng riêng.", place("Hà Tĩnh"), None, None),
    ],
)
def test_the_agent_of_a_passive_is_the_authority_of_its_level(text, article, level, district):
    (new,) = [c for c in find_citations(text, article) if c.form == "new"]
    assert ((new.issuer.level, new.issuer.district) if new.issuer else (None, None)) == (level, district)


@pytest.mark.parametrize(
    ("text", "article", "issuer", "level", "district"),
    [
        # regression: a level word alone as the subject ("Chủ tịch UBND phường Hoàng Văn Thụ cho biết, phường đã ban hành
        # Kế hoạch số 35/KH-UBND …" gave the plan to UBND quận Hoàng Mai, the code's body in an article about the district)
        ("Chủ tịch UBND phường Hoàng Văn Thụ cho biết, phường đã ban hành Kế hoạch số 35/KH-UBND ngày 5/4/2024.",
         place("Hà Nội", "Hoàng Mai"), "UBND phường", "commune", "Hoàng Mai"),
        ("Xã cũng ban hành Kế hoạch số 12-KH/ĐU về chuyển đổi số.", place("Hà Nội", "Đông Anh"), "Đảng ủy xã", "commune",
         "Đông Anh"),
        # a district's body is left for its code to name, at the article's district, as before
        ("Trước đó, quận đã ban hành Kế hoạch số 36/KH-UBND.", place("Hà Nội", "Hoàng Mai"), "", "district", "Hoàng Mai"),
    ],
)
def test_a_level_word_alone_as_subject_is_the_unit_the_article_is_about(text, article, issuer, level, district):
    first = find_citations(text, article)[0]
    assert (first.issuer.name, first.issuer.level, first.issuer.district) == (issuer, level, district)


@pytest.mark.parametrize("text, issuer", [
    # regression: a session as the subject passed its council's resolution, which had no issuer ("Kỳ họp cũng thông
    # qua Nghị quyết quy định …")
    ("Ngày 10/4/2023, HĐND tỉnh Sóc Trăng khóa X tổ chức kỳ họp thứ 12. Kỳ họp cũng thông qua Nghị quyết quy định mức "
     "chi bảo đảm cho công tác kiểm tra văn bản trên địa bàn tỉnh.", "HĐND tỉnh Sóc Trăng"),
    # … the council of the session's sentence, not one a document's issuer names in between
    ("Sáng 12/7, HĐND huyện Can Lộc khai mạc kỳ họp thứ 9. Nghị quyết số 12/2023/NQ-HĐND của HĐND tỉnh Hà Tĩnh hết "
     "hiệu lực. Tại kỳ họp, các đại biểu đã biểu quyết thông qua Nghị quyết về kế hoạch đầu tư công năm 2024.",
     "HĐND huyện Can Lộc"),
    ("HĐND thị trấn Thạch Hà tổ chức kỳ họp thứ 18.\nKỳ họp thông qua Nghị quyết số 41/NQ-HĐND, căn cứ Nghị quyết số "
     "88/NQ-HĐND ngày 8/12/2023 của HĐND huyện Thạch Hà.\nKỳ họp cũng thông qua Nghị quyết về chương trình giám sát "
     "năm 2025.", "HĐND thị trấn Thạch Hà"),
    # … and none when no session was told of
    ("Kỳ họp thứ 12 đã thông qua Nghị quyết về dự toán ngân sách năm 2024.", None),
])
def test_a_session_as_subject_passes_its_council_s_resolution(text, issuer):
    passed = [c for c in find_citations(text, place("Hà Tĩnh")) if c.issued][-1]
    assert (passed.issuer.name if passed.issuer else None) == issuer


@pytest.mark.parametrize(("text", "issuer", "district"), [
    # regression: a commune named with its level word as the subject was no subject ("Xã Ea Kênh đã ban hành Kế hoạch số
    # 05/KH-UBND" gave the plan to the province's UBND, as the code reads alone); the code names the commune's body
    ("Năm 2023, xã Ea Kênh đã ban hành Kế hoạch số 05/KH-UBND về xây dựng xã số.", "UBND xã Ea Kênh", "Krông Pắc"),
    ("Thị trấn Phước An ban hành Nghị quyết số 09-NQ/ĐU ngày 3/4/2023 về chuyển đổi số.", "Đảng ủy thị trấn Phước An",
     "Krông Pắc"),
])
def test_a_commune_named_as_subject_issues_through_the_body_its_code_names(text, issuer, district):
    first = find_citations(text, place("Đắk Lắk"))[0]
    assert (first.issuer.name, first.issuer.level, first.issuer.district) == (issuer, "commune", district)


@pytest.mark.parametrize(("text", "issued"), [
    # regression: a report its subject finished ("đã chỉ đạo … và hoàn thành Báo cáo số …") was not issued, so the lead
    # before it carried nothing to it; a plan "hoàn thành" is one carried out, and a report still to finish is no issued one
    ("Thực hiện Kế hoạch số 45-KH/TU của Tỉnh ủy, Huyện ủy Đức Thọ đã chỉ đạo các chi bộ tự đánh giá và hoàn thành Báo cáo "
     "số 208-BC/HU ngày 2/4/2024 sơ kết 5 năm thực hiện Chỉ thị.", {"45-KH/TU": False, "208-BC/HU": True}),
    ("Năm 2023, xã Sơn Kim 1 đã hoàn thành Kế hoạch số 12/KH-UBND về phát triển chăn nuôi.", {"12/KH-UBND": False}),
    ("Các chi bộ phải hoàn thành Báo cáo số 15-BC/ĐU trước ngày 30/6/2024.", {"15-BC/ĐU": False}),
])
def test_a_report_finished_by_its_subject_is_issued(text, issued):
    assert {c.symbol.raw: c.issued for c in find_citations(text, place("Hà Tĩnh")) if c.symbol} == issued


@pytest.mark.parametrize(("text", "issuer"), [
    # regression: a lead set between the subject and its verb hid the subject ("UBND huyện Krông Pắc, thực hiện Kế hoạch
    # số 18-KH/TU của Tỉnh ủy, đã ban hành Kế hoạch số 89/KH-UBND" gave the plan to the province's UBND)
    ("UBND huyện Krông Pắc, thực hiện Kế hoạch số 18-KH/TU của Tỉnh ủy, đã ban hành Kế hoạch số 89/KH-UBND ngày "
     "25/4/2023.", "UBND huyện Krông Pắc"),
    ("Xã Ea Kênh, trên cơ sở Kế hoạch số 89/KH-UBND của huyện, ban hành Kế hoạch số 21/KH-UBND ngày 10/5/2023.",
     "UBND xã Ea Kênh"),
])
def test_a_subject_before_a_lead_set_before_its_verb_issues(text, issuer):
    last = find_citations(text, place("Đắk Lắk"))[-1]
    assert (last.issuer.name if last.issuer else None) == issuer


# regression: a document in brackets after a place, an item of a list, is that place's ("…, như: Quận 8 (Kế hoạch số
# 215/KH-UBND), huyện Cần Giờ (Kế hoạch số 180/KH-UBND)" gave both plans to UBND thành phố Hồ Chí Minh, the code's body
# of the article's place): the place's unit, its body left to the code; a place in brackets is no such item
def test_a_document_in_brackets_after_a_place_is_that_place_s():
    text = ("22/22 quận, huyện đã ban hành kế hoạch, như: Quận 8 (Kế hoạch số 215/KH-UBND), huyện Cần Giờ (Kế hoạch số "
            "180/KH-UBND). Thành phố có 3 dự án (Quận 8), như dự án rạch Xóm Củi (Kế hoạch số 47/KH-UBND).")
    found = {c.symbol.raw: (c.issued, c.issuer.level if c.issuer else None, c.issuer.district if c.issuer else None)
             for c in find_citations(text, place("Hồ Chí Minh"))}
    assert found == {"215/KH-UBND": (True, "district", "Quận 8"), "180/KH-UBND": (True, "district", "Cần Giờ"),
                     "47/KH-UBND": (False, None, None)}


@pytest.mark.parametrize(("text", "issued"), [
    # regression: after an issued decision described with no "về" ("… thành lập Tổ công tác …"), the next item of its
    # body's list of another type was not issued (only one of its type was), so a lead before gave it nothing
    ("Thực hiện Kế hoạch số 30-KH/TU, Ban Thường vụ Huyện ủy Nghi Xuân ban hành Quyết định số 512-QĐ/HU ngày 4/4/2024 "
     "thành lập Tổ giúp việc và Kế hoạch số 77-KH/HU ngày 8/4/2024 về kiểm tra việc thực hiện.",
     {"30-KH/TU": False, "512-QĐ/HU": True, "77-KH/HU": True}),
    # … but not a document of another body its description names ("… thành lập Ban Chỉ đạo thực hiện … và Kế hoạch
    # số 18-KH/TU")
    ("Huyện ủy ban hành Quyết định số 512-QĐ/HU ngày 4/4/2024 thành lập Ban Chỉ đạo thực hiện Chỉ thị số 05-CT/TW và "
     "Kế hoạch số 18-KH/TU của Tỉnh ủy.", {"512-QĐ/HU": True, "05-CT/TW": False, "18-KH/TU": False}),
])
def test_the_next_item_after_a_described_decision_is_issued(text, issued):
    assert {c.symbol.raw: c.issued for c in find_citations(text, place("Hà Tĩnh")) if c.symbol} == issued


@pytest.mark.parametrize(("text", "article", "issuers"), [
    # regression: a province's name in brackets right after a body named without it ("… của Ban Thường vụ Tỉnh ủy (Yên
    # Bái)") left the body the article's province's, or none; the brackets place it, unless the body names its own place
    ("Mô hình này học tập từ Kế hoạch số 118-KH/TU ngày 3/6/2023 của Ban Thường vụ Tỉnh ủy (Yên Bái) về phát triển du "
     "lịch cộng đồng.", place("Phú Thọ"), ["Ban Thường vụ Tỉnh ủy Yên Bái"]),
    ("Các tỉnh đã có Kế hoạch số 77/KH-UBND ngày 2/3/2023 của UBND tỉnh (Lai Châu) và Kế hoạch số 95/KH-UBND ngày "
     "9/3/2023 của UBND tỉnh (Điện Biên).", None, ["UBND tỉnh Lai Châu", "UBND tỉnh Điện Biên"]),
    ("Thị xã đã triển khai Kế hoạch số 21/KH-UBND của UBND tỉnh Gia Lai (An Khê) về làng văn hóa.", place("Gia Lai"),
     ["UBND tỉnh Gia Lai"]),
])
def test_a_province_in_brackets_after_a_body_places_it(text, article, issuers):
    assert [c.issuer.name if c.issuer else None for c in find_citations(text, article)] == issuers


@pytest.mark.parametrize("text, mention, issuer", [
    # regression: the brackets of a number set after the noun did not close the mention, and the issuer after them was
    # not read ("Kế hoạch (số 112-KH/HU, ngày 2/8/2024) của Ban Thường vụ Huyện ủy …" was of no body)
    ("Huyện đã ban hành Kế hoạch (số 112-KH/HU, ngày 2/8/2024) của Ban Thường vụ Huyện ủy Kỳ Anh về chuyển đổi số.",
     "Kế hoạch (số 112-KH/HU, ngày 2/8/2024) của Ban Thường vụ Huyện ủy Kỳ Anh", "Ban Thường vụ Huyện ủy Kỳ Anh"),
    ("Sở Y tế có Công văn (số 1520/SYT-NVY) gửi các bệnh viện.", "Công văn (số 1520/SYT-NVY)", "Sở Y tế Hà Tĩnh"),
])
def test_a_number_in_brackets_after_the_noun_closes_them(text, mention, issuer):
    [cited] = [c for c in find_citations(text, place("Hà Tĩnh")) if c.symbol is not None]
    assert (cited.mention(text), cited.issuer.name if cited.issuer else None) == (mention, issuer)


@pytest.mark.parametrize("text, issuer", [
    # regression: a round-up's example, a body and "với" its document ("… ban hành quy chế tương tự như UBND tỉnh Nghệ An
    # với Quyết định số 35/2021/QĐ-UBND …" in a Hà Tĩnh article was taken for Hà Tĩnh's decision of that symbol)
    ("Nhiều địa phương cũng ban hành quy chế tương tự như UBND tỉnh Nghệ An với Quyết định số 35/2021/QĐ-UBND ngày "
     "5/10/2021.", "UBND tỉnh Nghệ An"),
    ("Huyện ủy Can Lộc với Kế hoạch số 120-KH/HU là đơn vị đầu tiên triển khai.", "Huyện ủy Can Lộc"),
    # … not a verb's object ("gắn với B"): no body before "với"
    ("UBND tỉnh triển khai nhiệm vụ gắn với Quyết định số 35/2021/QĐ-UBND.", None),
    # regression: … nor the issuer after "của" of the document before ("gắn việc thực hiện Chỉ thị 17 của Thủ tướng với
    # Chỉ thị số 10/CT-UBND" made the Prime Minister sign the province's directive, a document of its own)
    ("Các huyện gắn việc thực hiện Chỉ thị 17 của Thủ tướng với Chỉ thị số 10/CT-UBND, báo cáo trước ngày 30/9.", None),
])
def test_a_document_after_a_body_and_với_is_that_body_s(text, issuer):
    [cited] = [c for c in find_citations(text, place("Hà Tĩnh")) if c.symbol is not None]
    assert (cited.issuer.name if cited.issuer else None) == issuer


@pytest.mark.parametrize("text, issuer", [
    # regression: a body in a relative clause before its verb and "tại" ("các mục tiêu mà Ban Thường vụ Huyện ủy đã đề ra
    # tại Nghị quyết số …") was no issuer: the code's body of the province took the document
    ("Huyện Thạch Hà tập trung hoàn thành các mục tiêu mà Ban Thường vụ Huyện ủy đã đề ra tại Nghị quyết số 08-NQ/HU "
     "ngày 12/4/2022 về phát triển du lịch.", "Ban Thường vụ Huyện ủy Thạch Hà"),
    ("Xã rà soát các chỉ tiêu Đảng ủy xã Thạch Kênh đề ra trong Nghị quyết số 05-NQ/ĐU ngày 10/2/2023.",
     "Đảng ủy xã Thạch Kênh"),
    # … not without a body before the verb
    ("Huyện hoàn thành các mục tiêu đã đề ra tại Nghị quyết số 08-NQ/HU.", None),
])
def test_a_body_in_a_relative_clause_sets_out_the_document(text, issuer):
    [cited] = [c for c in find_citations(text, place("Hà Tĩnh")) if c.symbol is not None]
    assert (cited.issuer.name if cited.issuer else None) == issuer


@pytest.mark.parametrize("text, issuer", [
    # regression: a body carrying out a document of its own code ("Liên đoàn Lao động tỉnh triển khai Kế hoạch số
    # 15/KH-LĐLĐ …") was no issuer: the plan was placed bare where the article is, down to a district it named
    ("Năm 2024, Liên đoàn Lao động tỉnh Hà Tĩnh triển khai Kế hoạch số 18/KH-LĐLĐ ngày 4/3/2024 về phát triển đoàn "
     "viên tại các doanh nghiệp ngoài nhà nước.", "Liên đoàn Lao động tỉnh Hà Tĩnh"),
    ("UBND huyện Can Lộc đã tiếp tục thực hiện Kế hoạch số 52/KH-UBND về cải cách hành chính.", "UBND huyện Can Lộc"),
    # … a mass organisation's, whose documents carry one of its codes ("Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh triển
    # khai Kế hoạch số 05/KH-MTTQ-BTT" had no issuer, of unknown level), and after the meeting it holds to do so
    ("Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Hà Tĩnh triển khai Kế hoạch số 05/KH-MTTQ-BTT ngày 12/8/2025.",
     "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Hà Tĩnh"),
    ("Ngày 19/8, Hội Nông dân huyện Can Lộc tổ chức hội nghị triển khai Kế hoạch số 18-KH/HNDH ngày 4/3/2024.",
     "Hội Nông dân huyện Can Lộc"),
    ("Sáng 3/4, Hội LHPN tỉnh tổ chức hội nghị triển khai thực hiện Kế hoạch số 21/KH-HLHPN ngày 1/4/2024.",
     "Hội Liên hiệp Phụ nữ tỉnh Hà Tĩnh"),
    ("Ngày 19/8, Liên đoàn Lao động tỉnh Hà Tĩnh tổ chức hội nghị triển khai Kế hoạch số 18/KH-LĐLĐ ngày 4/3/2024.",
     "Liên đoàn Lao động tỉnh Hà Tĩnh"),
    # … not another organisation's
    ("Hội Nông dân tỉnh tổ chức hội nghị triển khai Kế hoạch số 21/KH-HLHPN ngày 1/4/2024.", None),
    # … and of bodies joined as the subject, the one whose code the joint document's symbol opens with ("Liên đoàn Lao
    # động tỉnh phối hợp với Bảo hiểm xã hội tỉnh thực hiện Chương trình phối hợp số 05/CTrPH-LĐLĐ-BHXH" had no issuer)
    ("Năm nay, Liên đoàn Lao động tỉnh phối hợp với Bảo hiểm xã hội tỉnh thực hiện Chương trình phối hợp số "
     "05/CTrPH-LĐLĐ-BHXH ngày 10/3/2016.", "Liên đoàn Lao động tỉnh Hà Tĩnh"),
    ("Ủy ban MTTQ huyện Can Lộc và Hội Nông dân huyện triển khai Chương trình phối hợp số 01/CTrPH-MTTQ-HND ngày "
     "20/01/2017.", "Ủy ban MTTQ Việt Nam huyện Can Lộc"),
    ("Hội Nông dân tỉnh và Sở Y tế triển khai Kế hoạch liên tịch số 11/KHLT-SYT-HND ngày 20/01/2017.", "Sở Y tế Hà Tĩnh"),
    # … and reviewing it ("… tổ chức hội nghị sơ kết 5 năm thực hiện Chương trình phối hợp số 03/CTrPH-CCB-CA")
    ("Sáng 11/3, Hội Cựu chiến binh huyện Can Lộc và Công an huyện Can Lộc tổ chức hội nghị sơ kết 5 năm thực hiện "
     "Chương trình phối hợp số 03/CTrPH-CCB-CA ngày 18/3/2015.", "Hội Cựu chiến binh huyện Can Lộc"),
    ("Hội LHPN tỉnh tổng kết 10 năm thực hiện Kế hoạch số 45/KH-HPN ngày 3/3/2014.", "Hội Liên hiệp Phụ nữ tỉnh Hà Tĩnh"),
    # … not another's document, whose code is not the body's
    ("Liên đoàn Lao động tỉnh triển khai Kế hoạch số 97/KH-TLĐ ngày 5/3/2024.", None),
    ("Huyện ủy Can Lộc triển khai Kế hoạch số 18/KH-UBND ngày 4/3/2024.", None),
    # … nor a Thị ủy a provincial TU document (a Thị ủy writes ThU)
    ("Ban Thường vụ Thị ủy Hồng Lĩnh triển khai Kế hoạch số 92-KH/TU ngày 12/3/2018.", None),
    # regression: a body named before a title that carries out a document of its code is no subject of carrying it out
    # ("… Kết luận số 44-KL/TW của Ban Bí thư (khóa XII) về tiếp tục đẩy mạnh thực hiện Chỉ thị số 09-CT/TW" gave the
    # directive of 2011 the conclusion's body and term)
    ("Huyện tổng kết Kết luận số 51 của Ban Bí thư (khóa XII) về tiếp tục đẩy mạnh thực hiện Chỉ thị số 33-CT/TW.",
     None),
])
def test_a_body_carrying_out_a_document_of_its_own_code_issued_it(text, issuer):
    [cited] = [c for c in find_citations(text, place("Hà Tĩnh")) if c.symbol is not None]
    assert (cited.issuer.name if cited.issuer else None) == issuer


@pytest.mark.parametrize("text, issuer, issued", [
    # a body asked to change a document of its own code changes its own ("… kiến nghị UBND tỉnh sửa đổi Quyết định số
    # 4560/QĐ-UBND" went to the article's district), which it does not issue here
    ("Huyện Can Lộc kiến nghị UBND tỉnh Hà Tĩnh sửa đổi Quyết định số 45/QĐ-UBND về phân cấp quản lý.",
     "UBND tỉnh Hà Tĩnh", False),
    ("Cử tri đề nghị HĐND tỉnh Hà Tĩnh sớm bãi bỏ Nghị quyết số 12/2019/NQ-HĐND về mức thu phí.", "HĐND tỉnh Hà Tĩnh",
     False),
    # … not another body's document, nor one named by a document before the verb
    ("Huyện kiến nghị UBND tỉnh Hà Tĩnh sửa đổi Công văn số 12/STC-QLNS của Sở Tài chính.", "Sở Tài chính Hà Tĩnh", False),
])
def test_a_body_changing_a_document_of_its_own_code_issued_it(text, issuer, issued):
    [cited] = [c for c in find_citations(text, place("Hà Tĩnh", "Can Lộc")) if c.symbol is not None]
    assert (cited.issuer.name if cited.issuer else None, cited.issued) == (issuer, issued)


# regression: a bare committee the article leaves unplaced ("mà Tỉnh ủy đã đề ra tại …" in an article of no place) was
# taken whole, a body of no province, where the symbol's code places it
@pytest.mark.parametrize("text, issuer", [
    ("Đề án bám sát các mục tiêu mà Tỉnh ủy đã đề ra tại Nghị quyết số 08-NQ/TU ngày 02/7/2019.", None),
])
def test_an_unplaced_body_in_a_relative_clause_is_left_to_the_code(text, issuer):
    [cited] = [c for c in find_citations(text) if c.symbol is not None]
    assert (cited.issuer.name if cited.issuer else None) == issuer


def test_issued_document_takes_subject_and_description():
    text = "Tỉnh ủy Nghệ An vừa ban hành Kế hoạch tổng kết 10 năm thực hiện Nghị quyết số 33-NQ/TW, ngày 9/6/2014."
    new, cited = find_citations(text)
    assert (new.form, new.issued, new.issuer.name) == ("new", True, "Tỉnh ủy Nghệ An")
    assert new.mention(text) == "Kế hoạch tổng kết 10 năm thực hiện Nghị quyết số 33-NQ/TW, ngày 9/6/2014"
    assert new.title == "tổng kết 10 năm thực hiện Nghị quyết số 33-NQ/TW"
    assert cited.symbol.canonical == "33-NQ/TW"


@pytest.mark.parametrize(
    "text, title",
    [
        ("Chỉ thị số 20-CT/TW ngày 12-12-2022 của Ban Bí thư về “Tăng cường công tác đưa người lao động đi làm "
         "việc ở nước ngoài”; các cấp ủy", "Tăng cường công tác đưa người lao động đi làm việc ở nước ngoài"),
        ("Kế hoạch số 25-KH/TU về việc sơ kết 5 năm thực hiện chỉ thị, Ban Thường vụ yêu cầu",
         "việc sơ kết 5 năm thực hiện chỉ thị"),
        ("Nghị quyết số 33-NQ/TW về xây dựng và phát triển văn hóa, con người Việt Nam (gọi tắt là Nghị quyết 33).",
         "xây dựng và phát triển văn hóa, con người Việt Nam"),
        ("Chỉ thị số 19/CT-TTg về phát động thi đua năm 2021 và Kế hoạch số 16/KH-HĐTĐKT ngày 31/8/2021",
         "phát động thi đua năm 2021"),
        # regression: the document "bằng" names after the title is the means, no part of it
        ("Thành ủy Tân An đã thực hiện Nghị quyết số 04-NQ/TU về phát triển đô thị Tân An giai đoạn 2021-2025 bằng "
         "Chương trình số 19-CTr/TU ngày 30/6/2021.", "phát triển đô thị Tân An giai đoạn 2021-2025"),
        # regression: a predicate after the title is not part of it
        ("Kế hoạch số 15-KH/TU ngày 2/4/2024 của Ban Thường vụ Tỉnh ủy về thực hiện chuyển đổi số trong các cơ "
         "quan Đảng cũng được phổ biến tới các đại biểu.", "thực hiện chuyển đổi số trong các cơ quan Đảng"),
        ("Chỉ thị số 31-CT/TU về phòng, chống tham nhũng đã được quán triệt đến từng chi bộ.",
         "phòng, chống tham nhũng"),
        # regression: a former body's document that goes on in force after the reform ("tiếp tục được thực hiện"):
        # its title ran on over the next clause, so a passive there ("… được thay thế bằng A") was about it
        ("Quyết định số 4520/QĐ-UBND của UBND huyện Diễn Châu về việc phê duyệt quy hoạch chi tiết khu dân cư Diễn "
         "Hồng tiếp tục được thực hiện, trong khi Kế hoạch số 85/KH-UBND được thay thế.",
         "việc phê duyệt quy hoạch chi tiết khu dân cư Diễn Hồng"),
        ("Quyết định số 46/2024/QĐ-UBND của UBND tỉnh Bình Định về hạn mức giao đất ở vẫn được áp dụng.",
         "hạn mức giao đất ở"),
        # regression: a Party title runs on after "; " in lower case (it stopped there, and the lead's main
        # clause after it was not found), not into a clause of plural subject
        ("Kết luận số 21-KL/TW ngày 25/10/2021 về đẩy mạnh xây dựng, chỉnh đốn Đảng và hệ thống chính trị; kiên "
         "quyết ngăn chặn, đẩy lùi, xử lý nghiêm cán bộ, đảng viên suy thoái, Ban Thường vụ Tỉnh ủy đã ban hành",
         "đẩy mạnh xây dựng, chỉnh đốn Đảng và hệ thống chính trị; kiên quyết ngăn chặn, đẩy lùi, xử lý nghiêm "
         "cán bộ, đảng viên suy thoái"),
        ("Chỉ thị số 20-CT/TW về tăng cường công tác đưa người lao động đi làm việc ở nước ngoài; các cấp ủy đã "
         "quán triệt", "tăng cường công tác đưa người lao động đi làm việc ở nước ngoài"),
        # regression: … nor into an order that opens with haste ("…; khẩn trương hoàn thiện Chương trình hành động
        # … thực hiện Nghị quyết này": the title ran over it, and "này" could not point at the resolution)
        ("Nghị quyết số 68-NQ/TW ngày 4/5/2025 của Bộ Chính trị về phát triển kinh tế tư nhân; khẩn trương hoàn thiện "
         "Chương trình hành động của Chính phủ thực hiện Nghị quyết này.", "phát triển kinh tế tư nhân"),
        # regression: … not into a clause that cites a document of its own (a decision after it was then listed
        # with the resolution: "Kế hoạch số 76-KH/TU … thực hiện Nghị quyết số 25-NQ/TW …; hướng dẫn các địa phương
        # thực hiện Quyết định số 217-QĐ/TW và Quyết định số 218-QĐ/TW" made the plan implement 218-QĐ/TW)
        ("Nghị quyết số 25-NQ/TW ngày 03/6/2013 về tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận "
         "trong tình hình mới; hướng dẫn các địa phương thực hiện Quyết định số 217-QĐ/TW và Quyết định số 218-QĐ/TW.",
         "tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới"),
        # regression: … nor into a clause that opens by taking up a document named by its noun ("…; thực hiện Nghị
        # quyết này, UBND tỉnh ban hành Kế hoạch số 312/KH-UBND": the title ran over it, so "này" was inside the
        # resolution's own title and pointed at nothing, and the plan carried out nothing)
        ("Ban Thường vụ Tỉnh ủy đã ban hành Nghị quyết số 03-NQ/TU ngày 25/6/2021 về phát triển năng lượng tái tạo trên "
         "địa bàn tỉnh; thực hiện Nghị quyết này, UBND tỉnh ban hành Kế hoạch số 312/KH-UBND ngày 10/8/2021.",
         "phát triển năng lượng tái tạo trên địa bàn tỉnh"),
        # … nor into the subject's second act after "; đồng thời" taking up a document named by its noun ("Quyết định …
        # căn cứ Nghị định … về phân loại đô thị; đồng thời nhằm thực hiện Nghị quyết Đại hội …": the congress
        # resolution, read inside the decree's title, was based on, and the resolution after it too)
        ("Căn cứ Luật số 47/2019/QH14 về tổ chức chính quyền địa phương; đồng thời nhằm thực hiện Nghị quyết Đại hội "
         "đại biểu Đảng bộ huyện lần thứ XXII, UBND huyện ban hành Kế hoạch số 88/KH-UBND.",
         "tổ chức chính quyền địa phương"),
        ("Quyết định số 25/2022/QĐ-UBND về quản lý cây xanh đô thị trên địa bàn tỉnh; đồng thời triển khai Đề án phát "
         "triển đô thị thông minh của tỉnh.", "quản lý cây xanh đô thị trên địa bàn tỉnh"),
        # regression: a document named with a capital after " và " is a sibling, not part of the title
        ("Hội nghị thống nhất ban hành Nghị quyết về phát triển nông nghiệp hữu cơ giai đoạn 2024 - 2030 và Chương "
         "trình hành động thực hiện Nghị quyết số 57-NQ/TW.", "phát triển nông nghiệp hữu cơ giai đoạn 2024 - 2030"),
        # regression: the date between commas that opens the next clause ended no title
        ("Thực hiện Chỉ thị số 45-CT/TW ngày 14/4/2025 của Bộ Chính trị về đại hội đảng bộ các cấp, ngày 22/4/2025, "
         "Ban Thường vụ Thành ủy đã ban hành Kế hoạch số 368-KH/TU.", "đại hội đảng bộ các cấp"),
        # regression: … or before its capitalised subject, with no comma after it ("…, ngày 15/02/2024 Ban Chỉ đạo 35
        # huyện Ngân Sơn ban hành Kế hoạch …" ran into the title, and the plan carried out nothing)
        ("Thực hiện Nghị quyết số 35-NQ/TW ngày 22/10/2018 của Bộ Chính trị về tăng cường bảo vệ nền tảng tư tưởng của "
         "Đảng, ngày 15/02/2024 Ban Chỉ đạo 35 huyện Ngân Sơn ban hành Kế hoạch số 05-KH/BCĐ.",
         "tăng cường bảo vệ nền tảng tư tưởng của Đảng"),
        ("Thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách "
         "Hồ Chí Minh, ngày 20 tháng 7 năm 2016 Ban Thường vụ Huyện ủy ban hành Kế hoạch số 38-KH/HU.",
         "đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh"),
        # … but a cited document's date inside the title does not
        ("Kế hoạch số 12-KH/TU về tổng kết 10 năm thực hiện Chỉ thị số 05-CT/TW, ngày 15/5/2016 của Bộ Chính trị.",
         "tổng kết 10 năm thực hiện Chỉ thị số 05-CT/TW, ngày 15/5/2016 của Bộ Chính trị"),
        # regression: the date and the issuer after the title are no part of it
        ("Quy định số 22-QĐ/TW về công tác kiểm tra, giám sát và kỷ luật của Đảng ngày 28/7/2021 của Ban Chấp hành Trung "
         "ương, Ủy ban Kiểm tra Tỉnh ủy ban hành Hướng dẫn", "công tác kiểm tra, giám sát và kỷ luật của Đảng"),
        # regression: a second subject after "và" that issues a document of its own is no part of the title (the
        # title ran over "Tổng cục Chính trị có Hướng dẫn số 2615-HD/CT hướng dẫn thực hiện Nghị quyết này", and the
        # guide carried out nothing)
        ("Quân ủy Trung ương ban hành Nghị quyết số 1658-NQ/QUTW về lãnh đạo đại hội đảng bộ các cấp trong Đảng bộ Quân "
         "đội, và Tổng cục Chính trị có Hướng dẫn số 2615-HD/CT hướng dẫn thực hiện Nghị quyết này.",
         "lãnh đạo đại hội đảng bộ các cấp trong Đảng bộ Quân đội"),
        ("Tỉnh ủy ban hành Nghị quyết số 05-NQ/TU về phát triển du lịch và UBND tỉnh đã ban hành Kế hoạch số "
         "120/KH-UBND để thực hiện.", "phát triển du lịch"),
        # … but a body in the title that issues nothing stays in it
        ("Kết luận số 01-KL/TW về tăng cường sự lãnh đạo của Đảng và Nhà nước ban hành chính sách cho vùng cao.",
         "tăng cường sự lãnh đạo của Đảng và Nhà nước ban hành chính sách cho vùng cao"),
        # regression: a bare pair of one kind that the title carries out is no sibling of the document (the title
        # stopped after 217, and 218 was a second document the district's plan carried out)
        ("Kế hoạch số 36-KH/TU của Ban Thường vụ Tỉnh ủy về triển khai thực hiện Quyết định số 217-QĐ/TW và Quyết "
         "định số 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị, Huyện ủy ban hành Kế hoạch số 41-KH/HU.",
         "triển khai thực hiện Quyết định số 217-QĐ/TW và Quyết định số 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị"),
        # … but a document of another kind after the pair's first is a sibling
        ("Kế hoạch số 36-KH/TU về thực hiện Quyết định số 217-QĐ/TW và Chương trình số 12-CTr/TU của Tỉnh ủy.",
         "thực hiện Quyết định số 217-QĐ/TW"),
        # regression: an item named by what carries it after " và " ran on inside the title ("… về Chương trình giám sát
        # của Quốc hội năm 2025 và Chiến lược … ban hành kèm theo Nghị quyết số 1009/NQ-UBTVQH14", so the strategy's
        # resolution was no basis of the plan)
        ("Nghị quyết số 1203/NQ-UBTVQH15 ngày 24/9/2024 của Ủy ban Thường vụ Quốc hội về Chương trình giám sát của Quốc "
         "hội năm 2025 và Chiến lược phát triển Kiểm toán nhà nước đến năm 2030 ban hành kèm theo Nghị quyết số "
         "1009/NQ-UBTVQH14 ngày 30/9/2020.", "Chương trình giám sát của Quốc hội năm 2025"),
        # regression: whose conclusions a notice holds, between its date and its title ("… ngày 12/5/2023 kết luận của
        # Thường trực Tỉnh ủy về …"), left it untitled, so it reviewed nothing
        ("Thông báo số 318-TB/TU ngày 12/5/2023 kết luận của Thường trực Tỉnh ủy về sơ kết 3 năm thực hiện Nghị quyết "
         "số 09-NQ/TU.", "sơ kết 3 năm thực hiện Nghị quyết số 09-NQ/TU"),
        ("Thông báo số 45/TB-UBND ngày 3/4/2024 ý kiến kết luận của Chủ tịch UBND tỉnh về công tác phòng, chống dịch "
         "sốt xuất huyết.", "công tác phòng, chống dịch sốt xuất huyết"),
        # regression: … and the conclusions with no body named ("… ngày 02/11/2020 kết luận về việc sơ kết …") left it
        # untitled too
        ("Thông báo số 412-TB/HU ngày 15/9/2022 kết luận về việc sơ kết 2 năm thực hiện Chỉ thị số 07-CT/HU.",
         "việc sơ kết 2 năm thực hiện Chỉ thị số 07-CT/HU"),
        # regression: a level word made subject by a past verb other than an issuing one ("…, tỉnh đã rà soát …") ran on
        # inside the title
        ("Chương trình số 15-CTr/TU về thu hút, trọng dụng người có tài năng, tỉnh đã rà soát các chính sách đặc thù.",
         "thu hút, trọng dụng người có tài năng"),
        # regression: a clause after "; " that a time word opens ran on inside the title ("… về đầu tư hạ tầng Cụm công
        # nghiệp Tân An; đến nay, huyện đang rà soát để sửa đổi kế hoạch này …": "kế hoạch này" lay in the plan's own
        # title and was taken for another plan, which the district's then amended)
        ("UBND huyện đã ban hành Kế hoạch số 64/KH-UBND ngày 2/3/2022 về cải tạo chợ trung tâm Ea Súp; đến nay, huyện "
         "đang rà soát để điều chỉnh kế hoạch này.", "cải tạo chợ trung tâm Ea Súp"),
        ("Ban Thường vụ Huyện ủy ban hành Chương trình số 09-CTr/HU về phát triển nông nghiệp hữu cơ; trước đó, Huyện ủy "
         "đã ban hành nghị quyết chuyên đề.", "phát triển nông nghiệp hữu cơ"),
        # regression: a title in straight quotes closed at the first quote nested in it ("về "… biểu hiện "tự diễn
        # biến", "tự chuyển hóa"" gắn với B2": B2 fell outside what the plan carries out)
        ('Kết luận 21-KL/TW về "đẩy mạnh xây dựng, chỉnh đốn Đảng; kiên quyết ngăn chặn biểu hiện "tự diễn biến", "tự '
         'chuyển hóa"" gắn với Quy định 37-QĐi/TW được Đảng ủy xã cụ thể hóa bằng Kế hoạch số 35-KH/ĐU.',
         'đẩy mạnh xây dựng, chỉnh đốn Đảng; kiên quyết ngăn chặn biểu hiện "tự diễn biến", "tự chuyển hóa'),
        # regression: the issuing said before the title ("… của Bộ Chính trị mới ban hành về …") left it untitled
        ("Kết luận số 28-KL/TW ngày 21/2/2022 của Bộ Chính trị mới ban hành về tiếp tục thực hiện Nghị quyết số "
         "23-NQ/TW.", "tiếp tục thực hiện Nghị quyết số 23-NQ/TW"),
        # regression: the plan followed, after a comma and "theo", ran on inside the title ("… về sơ kết 5 năm thực hiện
        # Quy định số 08-QĐi/TW …, theo Kế hoạch số 186-KH/QU …")
        ("Kế hoạch số 62-KH/ĐU ngày 17/8/2023 của Đảng ủy phường về sơ kết 5 năm thực hiện Quy định số 08-QĐi/TW, theo "
         "Kế hoạch số 186-KH/QU ngày 2/8/2023 của Ban Thường vụ Quận ủy.", "sơ kết 5 năm thực hiện Quy định số 08-QĐi/TW"),
        ("Chỉ thị số 16-CT/TU của Ban Thường vụ Thành ủy về xây dựng đô thị văn minh, theo tinh thần Kết luận số "
         "01-KL/TW.", "xây dựng đô thị văn minh"),
        # regression: a list of one head inside the title ("… là Phó Chủ tịch UBND tỉnh, Phó Chủ tịch UBND huyện") ended it
        # at the first comma, as if the capitalised words opened the main clause
        ("Quy định số 15-QĐ/TU về trách nhiệm giải trình của cán bộ, trước hết là Phó Chủ tịch UBND tỉnh, Phó Chủ tịch "
         "UBND huyện và Quyết định số 40-QĐ/TU của Ban Thường vụ Tỉnh ủy.",
         "trách nhiệm giải trình của cán bộ, trước hết là Phó Chủ tịch UBND tỉnh, Phó Chủ tịch UBND huyện"),
        ("Kế hoạch số 21-KH/ĐU về kiểm tra Ủy viên Ban Thường vụ, Ủy viên Ủy ban Kiểm tra Đảng ủy năm 2024, Chi bộ Trường "
         "Tiểu học tổ chức sinh hoạt.", "kiểm tra Ủy viên Ban Thường vụ, Ủy viên Ủy ban Kiểm tra Đảng ủy năm 2024"),
        # regression: the next item of a list by "số" and its symbol alone ran on inside the first item's title ("các
        # Chỉ thị của Ban Bí thư: số 21-CT/TW … về công tác phụ nữ, số 28-CT/TW …")
        ("Các Chỉ thị của Ban Bí thư: Chỉ thị số 21-CT/TW ngày 20/1/2023 về công tác phụ nữ trong tình hình mới, số "
         "28-CT/TW ngày 21/12/2023 về bảo hiểm xã hội.", "công tác phụ nữ trong tình hình mới"),
        # a body the title names, then the clause's subject of the same head after the comma and its issuing verb ("… về
        # việc công nhận Ủy ban MTTQ Việt Nam phường Hòa Khánh, Ủy ban MTTQ phường đã ban hành …" was one list of bodies,
        # so the document issued lay in the basis's title and rested on nothing)
        ("Căn cứ Quyết định số 45/QĐ-MTTQ-BTT ngày 30/6/2025 về việc công nhận Ủy ban MTTQ Việt Nam xã Cẩm Xuyên, Ủy ban "
         "MTTQ xã đã ban hành Quyết định số 02/QĐ-MTTQ.", "việc công nhận Ủy ban MTTQ Việt Nam xã Cẩm Xuyên"),
        ("Căn cứ Quyết định số 88/QĐ-UBND ngày 3/3/2023 về việc kiện toàn Ban Chỉ đạo thực hiện Cuộc vận động huyện Can "
         "Lộc, Ban Chỉ đạo huyện ban hành Kế hoạch số 12/KH-BCĐ.",
         "việc kiện toàn Ban Chỉ đạo thực hiện Cuộc vận động huyện Can Lộc"),
        # … not one list of one head that the title goes on with ("… là Ủy viên Bộ Chính trị, Ủy viên Ban Bí thư")
        ("Quyết định số 12/QĐ-UBND về việc kiện toàn Ủy ban nhân dân xã Thạch Kim, Ủy ban nhân dân xã Thạch Hải trực "
         "thuộc huyện.", "việc kiện toàn Ủy ban nhân dân xã Thạch Kim, Ủy ban nhân dân xã Thạch Hải trực thuộc huyện"),
        # regression: what the document is, set off by a dash, ran on inside its title ("… đến năm 2030 - một trong những
        # nghị quyết chuyên đề cụ thể hóa B")
        ("Nghị quyết số 07-NQ/TU ngày 2/6/2021 về phát triển du lịch cộng đồng giai đoạn 2021 - 2025 - một trong những "
         "nghị quyết chuyên đề của nhiệm kỳ.", "phát triển du lịch cộng đồng giai đoạn 2021 - 2025"),
    ],
)
def test_title_ends_where_the_subject_ends(text, title):
    assert find_citations(text)[0].title == title


@pytest.mark.parametrize(
    "text, title",
    [
        # regression: what the sentence's subject does after "và" to the next document ran on inside the title of the
        # document its clause names ("… về bảo vệ môi trường và thay thế Chỉ thị này": the directive replaced lay in its
        # own title)
        ("Chỉ thị số 41-CT/TW ra đời sau khi tổng kết Chỉ thị số 36-CT/TW ngày 25/6/1998 về bảo vệ môi trường và thay thế "
         "Chỉ thị này.", "bảo vệ môi trường"),
        ("Quyết định số 12/2024/QĐ-UBND được ban hành căn cứ Quyết định số 05/2021/QĐ-UBND về quản lý chợ và sửa đổi, "
         "bổ sung Quyết định này.", "quản lý chợ"),
    ],
)
def test_a_title_ends_before_what_the_subject_does_next(text, title):
    assert find_citations(text)[1].title == title


@pytest.mark.parametrize(
    "text",
    [
        "Ban Chỉ đạo 138/CP tỉnh tổ chức hội nghị triển khai nhiệm vụ năm 2024",  # committee name
        "BCĐ 389 tỉnh kiểm tra 1.201/1.273 cơ sở kinh doanh",  # committee number, ratio
        "xử lý nghiêm các trường hợp chạy quá 60 km/h",  # a unit
        "phấn đấu hoàn thành thắng lợi Kế hoạch 5 năm (2021 - 2025) của tỉnh",  # a five-year plan
        "phấn đấu hoàn thành thắng lợi Kế hoạch 5 năm 2021 - 2025 của tỉnh",  # … its period written bare
        "trong giai đoạn 2021-2025, Quận 3 đã giải ngân ngày 1/8/2013",  # period, district, date
        "tiếp tục thực hiện các nghị quyết, chỉ thị của Trung ương, của tỉnh về bảo đảm an ninh",  # plural
        "Công an tỉnh chủ trì, tham mưu xây dựng kế hoạch triển khai thực hiện",  # not written yet
        # regression: "luật" of "pháp luật", law in general, before a capitalised name ("(Pháp luật Việt Nam) - …" and "hệ
        # thống pháp luật Việt Nam" each cited a law "Việt Nam")
        "(Pháp luật Việt Nam) - Chiều 26/6, tại Hà Nội, Bộ Tư pháp tổ chức hội nghị",
        "hoàn thiện hệ thống pháp luật Việt Nam trong kỷ nguyên mới",
        # regression: … nor of "kỷ luật", discipline ("đề nghị thi hành kỷ luật Ban Thường vụ Tỉnh ủy Bình Thuận" cited a
        # law "Ban Thường vụ Tỉnh ủy Bình Thuận")
        "Ủy ban Kiểm tra Trung ương đề nghị thi hành kỷ luật Ban Thường vụ Tỉnh ủy Bình Thuận nhiệm kỳ 2020-2025",
        "Kỷ luật Đảng là kỷ luật tự giác, nghiêm minh",
        # regression: a law firm answering a reader ("Luật sư Nguyễn Văn Tuấn, Công ty Luật TNHH Tiền Phong trả lời" cited
        # a law "TNHH Tiền Phong trả lời")
        "Luật sư Nguyễn Văn Tuấn, Công ty Luật TNHH Tiền Phong trả lời: Khoản 2 Điều 31 quy định như sau",
        "Ý kiến tư vấn của Văn phòng Luật Minh Khuê về trường hợp này",
        # regression: an indictment's number is no directive ("Cáo trạng số 15/CT-VKSAG-P1" was a Chỉ thị: its CT is
        # cáo trạng)
        "Theo Cáo trạng số 15/CT-VKSAG-P1 ngày 20/3/2024 của Viện Kiểm sát nhân dân tỉnh An Giang, các bị cáo đã "
        "thông đồng",
        "Viện Kiểm sát đã ban hành bản cáo trạng số 12/CT-VKS-HS truy tố 5 bị can",
        # regression: a draft is no document yet ("thông qua dự thảo Kế hoạch của Đảng ủy Trường …" was one)
        "Hội nghị thông qua dự thảo Kế hoạch của Đảng ủy Trường về chuyển đổi số trong nhà trường",
        "các đại biểu góp ý vào bản dự thảo Chương trình hành động của Tỉnh ủy",
        # regression: a document asked for is not written yet
        "Tỉnh đề nghị Trung ương sớm ban hành hướng dẫn thực hiện các chính sách đặc thù.",
        "giao các sở chủ trì xây dựng chương trình, kế hoạch của UBND tỉnh",  # a bare pair, future
        # regression: a printed plan's order to make a report, named by whose it will be ("… chỉ đạo xây dựng báo cáo tổng
        # kết của Đảng bộ phường" was a report of the ward's committee)
        "Đồng chí Phó Bí thư Thường trực chỉ đạo xây dựng báo cáo tổng kết của Đảng bộ phường Trần Phú.",
        # regression: a printed decision's article orders a document made with no perfective ("Trưởng Ban Chỉ đạo ban hành
        # quy chế làm việc" was a Quy chế issued)
        "Điều 2. Tổ công tác có nhiệm vụ giúp UBND huyện; Tổ trưởng ban hành quy chế làm việc, phân công thành viên.",
        "đẩy mạnh Chương trình mục tiêu quốc gia xây dựng nông thôn mới",  # a policy programme
        # regression: a national programme known by its number ("vốn Chương trình 135" was a document numbered 135)
        "Huyện được đầu tư 86 công trình từ Chương trình 135 giai đoạn II.",
        "Xã đề nghị huyện ưu tiên vốn Chương trình 135 và vốn lồng ghép cho giao thông nông thôn.",
        "hoàn thành kế hoạch phát triển kinh tế - xã hội năm 2024",  # a policy plan
        # regression: the national curriculum is a policy object ("… triển khai Chương trình giáo dục phổ thông 2018 theo
        # lộ trình của Bộ Giáo dục và Đào tạo" was the ministry's programme)
        "Các trường chuẩn bị điều kiện thực hiện Chương trình giáo dục phổ thông 2018 theo lộ trình của Bộ Giáo dục và "
        "Đào tạo.",
        "HĐND tỉnh thông qua Kế hoạch phát triển kinh tế xã hội 5 năm 2021 - 2025",
        "Ban Chấp hành vừa thông qua 9 kế hoạch thực hiện 10 chương trình của Thành ủy",  # counted plurals
        "tổ chức Hội nghị sơ kết 5 năm thực hiện phong trào thi đua",  # an event
        # regression: a count after a noun that is also a verb ("huyện hướng dẫn 22 xã" was a Hướng dẫn numbered 22)
        "Ngày 5/3/2024, UBND huyện hướng dẫn 22 xã, thị trấn tổ chức tổng kết.",
        "Ủy ban Kiểm tra Huyện ủy kết luận 31 đảng viên có vi phạm, phải thi hành kỷ luật.",
        "Phòng Giáo dục hướng dẫn 15 đơn vị trường học triển khai.",
        # regression: … provinces, localities or agencies counted ("Bộ Y tế đã hướng dẫn 63 tỉnh, thành phố …" was a
        # Hướng dẫn numbered 63)
        "Bộ Y tế đã hướng dẫn 63 tỉnh, thành phố triển khai chiến dịch tiêm chủng.",
        "Bộ Công an đã hướng dẫn 12 địa phương làm điểm về cấp căn cước.",
        # regression: a noun that a word after it makes another noun ("báo cáo viên của Ban Tuyên giáo Huyện ủy", a
        # lecturer, was the committee's report)
        "Đồng chí Lê Văn An, báo cáo viên của Ban Tuyên giáo Huyện ủy, đã truyền đạt nội dung.",
        "Hướng dẫn viên của Trung tâm Văn hóa tỉnh thuyết minh về di tích.",
        "Công tác kế hoạch hóa gia đình của huyện đạt kết quả tốt.",
        "các cơ quan, đơn vị xây dựng kế hoạch, đề án lãnh đạo",  # generic pair
        # regression: a plural named resolution was taken for one document
        "Thành ủy quán triệt các nghị quyết Trung ương 6 khóa XII",
        # regression: what a plural subject issues is one document each, none named
        "Các huyện ủy, thành ủy đã ban hành kế hoạch thực hiện chương trình, như:",
        "Năm 2023, 21/21 huyện ủy đã ban hành nghị quyết chuyên đề về phát triển kinh tế tập thể.",
        "100% chi bộ đã xây dựng kế hoạch học tập chuyên đề năm 2024.",
        # regression: a count after a few lower-case words ("đến nay 100% sở, ban, ngành …" issued a plan)
        "Theo Sở Khoa học và Công nghệ, đến nay 100% sở, ban, ngành và UBND cấp huyện đã ban hành kế hoạch thực hiện.",
        # regression: named bodies, then "và" and a plural ("Thành ủy Đà Lạt, Thành ủy Bảo Lộc và các huyện ủy đã ban
        # hành kế hoạch thực hiện" was a plan of its own): one plan each, none named
        "Thành ủy Hà Tĩnh, Thị ủy Hồng Lĩnh và các huyện ủy đã ban hành kế hoạch thực hiện.",
        "Huyện ủy Can Lộc và các đảng ủy trực thuộc đã ban hành kế hoạch thực hiện.",
        # regression: a habit before the verb ("…; hằng năm ban hành kế hoạch học tập chuyên đề" was a plan of its own,
        # and "Kế hoạch của Tỉnh ủy" after it went to that plan, not to 20-KH/TU): one each year, none named
        "Hằng năm, Ban Thường vụ Tỉnh ủy ban hành kế hoạch học tập chuyên đề.",
        "Hàng năm, UBND huyện đều đã xây dựng kế hoạch tuyên truyền pháp luật.",
        "Ban Thường vụ Tỉnh ủy hằng năm ban hành kế hoạch học tập chuyên đề.",
        # regression: a case a rule provides for ("trường hợp đã có quyết định giao đất trước ngày …" was a decision of
        # its own): any such decision, none named
        "Trường hợp đã có quyết định thu hồi đất trước ngày 01/8/2024 thì tiếp tục thực hiện.",
        "Đối với hộ gia đình, nếu đã có quyết định phê duyệt phương án bồi thường thì không điều chỉnh.",
        # regression: the act named ("việc ban hành nghị quyết chuyên đề cũng nhằm …" was a resolution of its own)
        "Đồng chí Bí thư cho biết, việc ban hành nghị quyết chuyên đề cũng nhằm phát triển du lịch biển.",
        # regression: … opening the subject's clause after a comma, with no comma of its own ("Theo đó, hằng năm UBND huyện
        # và Ban Dân vận Huyện ủy ký kết chương trình phối hợp công tác dân vận" was a programme)
        "Theo đó, hằng năm UBND huyện và Ban Dân vận Huyện ủy ký kết chương trình phối hợp công tác dân vận.",
        # regression: a plural subject with its examples after "như" ("Các địa phương như thành phố Hạ Long, Uông Bí, thị
        # xã Đông Triều cũng đã xây dựng kế hoạch thực hiện" was a plan of Đông Triều's)
        "Các địa phương như thành phố Hà Tĩnh, Hồng Lĩnh, thị xã Kỳ Anh cũng đã xây dựng kế hoạch thực hiện.",
        # regression: a plural subject that lists the levels ran past the 40 characters it might hold
        "Các đảng ủy quân sự huyện, thị xã, thành phố cũng ban hành nghị quyết chuyên đề, phân công cấp ủy viên.",
        # regression: a plural after the body's word ("Công an các huyện") or after a long lead
        "Công an các huyện, thị xã, thành phố đã xây dựng kế hoạch cụ thể.",
        # regression: … after the outlet's credit that opens the lead ("(SGGP) - Các quận, huyện đã ban hành kế hoạch thực
        # hiện Kế hoạch số 3413/KH-UBND …" was a plan of its own: the credit was read as part of the subject)
        "(SGGP) - Các quận, huyện đã ban hành kế hoạch thực hiện.",
        "(HNM) - 30/30 quận, huyện, thị xã đã xây dựng kế hoạch thực hiện.",
        # regression: … after a body's name of several words ("Ủy ban MTTQ các huyện, thị xã, thành phố đều đã ký
        # chương trình phối hợp với công an cùng cấp" was a programme of the Front)
        "Ủy ban MTTQ các huyện, thị xã, thành phố đều đã ký chương trình phối hợp với công an cùng cấp.",
        "Hội Nông dân các tỉnh, thành phố ký chương trình phối hợp với Sở Tài nguyên và Môi trường.",
        # regression: a plural subject after a speaker's clause of two commas, its own list holding more
        "Đại tá Nguyễn Văn Hải, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh cho biết, các Ban Chỉ huy Quân sự huyện, "
        "thành phố, thị xã đã xây dựng kế hoạch huấn luyện năm 2023.",
        "Ngay sau hội nghị quán triệt của Trung ương về đại hội đảng bộ các cấp, nhiều tỉnh ủy đã kịp thời ban "
        "hành kế hoạch thực hiện.",
        # regression: a duty to make a plan ("có trách nhiệm … cụ thể hóa bằng kế hoạch") is no plan yet
        "Cấp ủy có trách nhiệm cụ thể hóa bằng kế hoạch phù hợp với thực tiễn.",
        # regression: … nor is the means of a body's task in a list of them with no "đã" ("…; UBND huyện cụ thể hóa bằng
        # kế hoạch của UBND huyện" was the district's plan, implementing the party plan)
        "Bí thư Huyện ủy yêu cầu các chi bộ xây dựng kế hoạch của đơn vị mình; UBND huyện cụ thể hóa bằng kế hoạch "
        "của UBND huyện, báo cáo kết quả trước ngày 30/11/2023.",
        # regression: bodies directed to issue a plan, named after "chỉ đạo" ("…; đồng thời chỉ đạo các huyện ủy, thị ủy,
        # thành ủy ban hành kế hoạch thực hiện" was the Tỉnh ủy's plan, carrying out the plan issued before it)
        "Đồng thời, Ban Thường vụ Tỉnh ủy chỉ đạo các huyện ủy, thị ủy, thành ủy ban hành kế hoạch thực hiện.",
        "Tỉnh ủy tiếp tục đôn đốc UBND tỉnh ban hành kế hoạch thực hiện trong quý IV.",
        # regression: a haste adverb between the asked body and its verb hid the request
        "Chủ tịch HĐND tỉnh đề nghị UBND tỉnh khẩn trương ban hành kế hoạch triển khai các nghị quyết.",
        # a programme named by a quoted title is a broadcast, not a document
        "Khán giả theo dõi Chương trình “Giai điệu tự hào” phát sóng tối thứ Bảy trên VTV1.",
        # regression: a campaign named with its organiser ("Chương trình “Mái ấm cho đồng bào” của Ủy ban MTTQ tỉnh"
        # was a programme of the province's Front)
        'Chương trình "Mái ấm cho đồng bào" của Ủy ban MTTQ tỉnh đã tiếp nhận 312 tỷ đồng ủng hộ.',
        # regression: "luật" of "kỷ luật" before a count was a law numbered 152
        "Năm 2024, Ủy ban kiểm tra các cấp thi hành kỷ luật 152 đảng viên.",
        # advice still to be given, or a plan still to come after it
        "Sở Tư pháp đang tham mưu UBND tỉnh ban hành kế hoạch triển khai các nghị quyết.",
        "Sở Tư pháp tham mưu UBND tỉnh ban hành kế hoạch thực hiện trong quý IV.",
        "Sở Nội vụ đã tham mưu UBND tỉnh và sẽ ban hành kế hoạch thực hiện trong tháng 10.",
        # regression: advice still to be given to a body named at length ("sẽ tham mưu Ban Thường vụ Tỉnh ủy ban hành
        # kế hoạch …" was a plan: four words at most stood between the cue and the verb)
        "Chúng tôi sẽ tham mưu Ban Thường vụ Tỉnh ủy ban hành kế hoạch thực hiện trong quý IV.",
        # regression: … or proposed to a committee named at length, eight words from the cue ("đề xuất Ban Chấp hành
        # Đảng bộ thị xã ban hành nghị quyết mới về …" was a resolution of the town's committee)
        "Hội nghị thống nhất đề xuất Ban Chấp hành Đảng bộ huyện Krông Pắc ban hành nghị quyết mới về phát triển "
        "cây ăn quả.",
        "Đại biểu kiến nghị Ban Chấp hành Đảng bộ thành phố ban hành chỉ thị về chống lãng phí.",
        # regression: a task given to a body named at length (it was a resolution of the district's HĐND)
        "2. Giao Đảng đoàn HĐND huyện lãnh đạo HĐND huyện ban hành nghị quyết về phát triển rừng sản xuất.",
        "UBND tỉnh giao Sở Tài nguyên và Môi trường tỉnh Hà Tĩnh ban hành hướng dẫn thực hiện.",
        # regression: … or the next body's, after a "; " of the list of tasks ("…; UBND huyện ban hành kế hoạch thực
        # hiện" was the district's plan, carrying out the resolution that gives the tasks)
        "Hội nghị giao Ban Thường vụ Thị ủy chỉ đạo xây dựng chương trình hành động; UBND thị xã ban hành kế hoạch "
        "thực hiện, bố trí nguồn vốn trồng rừng.",
        # … also when the task before the "; " counts in figures ("…; UBND xã ban hành kế hoạch thực hiện" after "học
        # tập cho 100% đảng viên" was the commune's plan)
        "Bí thư Đảng ủy xã yêu cầu các chi bộ tổ chức học tập cho 100% đảng viên; UBND xã ban hành kế hoạch thực hiện "
        "trước ngày 15/11.",
        "Hội nghị giao Ban Thường vụ Đảng ủy phát triển thêm 25 đảng viên mới trong năm 2026; UBND xã ban hành kế hoạch "
        "bồi dưỡng.",
        # regression: … a capitalised document, the body given the task named at length and directing its making ("giao
        # Đảng ủy UBND quận chỉ đạo xây dựng Kế hoạch của UBND quận" was the district's plan)
        "Ban Thường vụ Tỉnh ủy giao Ban cán sự đảng UBND tỉnh lãnh đạo, chỉ đạo xây dựng Kế hoạch của UBND tỉnh, hoàn "
        "thành trong quý III.",
        "Huyện ủy giao Đảng ủy Ủy ban nhân dân huyện chỉ đạo ban hành Kế hoạch của UBND huyện về chuyển đổi số.",
        # regression: a task asked of a body named at length ("yêu cầu Huyện ủy Bố Trạch khẩn trương ban hành kế
        # hoạch khắc phục" was a plan of the Huyện ủy)
        "Thường trực Tỉnh ủy yêu cầu Huyện ủy Bố Trạch khẩn trương ban hành kế hoạch khắc phục.",
        "đề nghị Ban Thường vụ Huyện ủy Can Lộc sớm ban hành kế hoạch thực hiện.",
        # regression: a document awaited ("cho đến khi UBND tỉnh Ninh Bình ban hành kế hoạch thay thế" was a plan)
        "Các xã, phường thuộc tỉnh Nam Định (cũ) tiếp tục thực hiện chính sách cũ cho đến khi UBND tỉnh Ninh Bình ban "
        "hành kế hoạch thay thế.",
        "Các đơn vị tiếp tục áp dụng mức chi hiện hành cho tới khi Ban Thường vụ Tỉnh ủy ban hành quy định mới.",
        # regression: … or one its clause says is still to be issued after it ("… đồng bộ với Chương trình hành động của
        # Chính phủ thực hiện B khi được ban hành" was the Government's programme), and one named in the title of a
        # document still to be issued ("tham mưu Chính phủ ban hành Nghị quyết về Chương trình hành động của Chính phủ")
        "UBND tỉnh xây dựng kế hoạch, bảo đảm đồng bộ với Chương trình hành động của Chính phủ về phát triển vùng khi "
        "được ban hành.",
        "Các sở phối hợp với các bộ, ngành tham mưu Chính phủ ban hành Nghị quyết về Chương trình hành động của Chính "
        "phủ phát triển vùng Bắc Trung Bộ.",
        # regression: … or whose body's issuing, after "khi", closes the statement ("… cụ thể hóa kết luận của Bộ Chính trị
        # … khi Trung ương ban hành" was a conclusion), and one waited for ("chờ Trung ương ban hành kết luận mới")
        "Bí thư Tỉnh ủy đề nghị sớm cụ thể hóa kết luận của Bộ Chính trị về công tác phụ nữ khi Trung ương ban hành.",
        "Tỉnh ủy đang chờ Trung ương ban hành kết luận mới để kịp thời cụ thể hóa.",
        # regression: … or one whose having a task waits for ("sau khi có Nghị quyết của Ủy ban Thường vụ Quốc hội, các
        # địa phương phải …" was the committee's resolution)
        "Theo lộ trình, sau khi có Nghị quyết của Ủy ban Thường vụ Quốc hội, các huyện phải kiện toàn bộ máy trong 30 ngày.",
        # regression: a law named before it is passed was a law ("trình Quốc hội thông qua Luật …")
        "Bộ đặt mục tiêu trình Quốc hội thông qua Luật Khoa học, công nghệ và đổi mới sáng tạo trong năm 2025.",
        "Chính phủ sẽ ban hành Luật Thủ đô trong quý IV.",
        # … or the subject of what is yet to be done to it ("Luật … (sửa đổi) dự kiến sẽ được Quốc hội thông qua …")
        "Luật Doanh nghiệp (sửa đổi) dự kiến sẽ được Quốc hội thông qua tại kỳ họp thứ 9.",
        "Hiện nay, Luật Nhà giáo đang được Bộ Giáo dục và Đào tạo lấy ý kiến rộng rãi.",
        # regression: … after "khi" ("chuẩn bị thi hành Luật Thủ đô (sửa đổi) khi được Quốc hội thông qua" was a law)
        "Các sở chuẩn bị nguồn lực để triển khai Luật Đất đai (sửa đổi) khi được Quốc hội thông qua.",
        # regression: an unnumbered document its clause says is yet to be issued ("Kế hoạch thực hiện … của Tỉnh ủy dự
        # kiến được ban hành trong tháng 12" was a plan)
        "Kế hoạch chuyển đổi số của Ban Thường vụ Huyện ủy dự kiến được ban hành trong quý IV.",
        "Chương trình hành động của UBND tỉnh về phát triển du lịch sẽ được ban hành sau kỳ họp.",
        # regression: a task asked of bodies listed with commas, and bodies counted after four words, make no plan
        "Thủ tướng yêu cầu các bộ, ngành, địa phương khẩn trương ban hành kế hoạch hành động trước ngày 30/6/2025.",
        "Theo Bộ Tài chính, đến nay đã có 28/34 tỉnh, thành phố ban hành kế hoạch hành động.",
        # regression: a counted subject after what reports it ("… cho thấy 100% tổ chức đảng đã xây dựng kế hoạch") made a plan
        "Kết quả kiểm tra cho thấy 100% tổ chức đảng đã xây dựng kế hoạch tự phê bình.",
        # a count after a document noun and its number is no list of numbers ("Kế hoạch 15 và 20 năm")
        "Tỉnh kiên trì thực hiện Quy hoạch 2030 và 20 năm tiếp theo.",
        # regression: "bổ sung" alone before a capitalised noun names no document (one was made of it)
        "Ban Thường vụ Huyện ủy chỉ đạo các chi bộ bổ sung Kế hoạch công tác năm 2024 cho phù hợp.",
        # regression: an order in a speech's closing, haste with no "đã" before it, made a plan of the body named
        # ("…; khẩn trương xây dựng kế hoạch của …" was a reference that took another plan's issuer) and a law
        ("Thời gian tới, thị xã tập trung cải cách hành chính; khẩn trương xây dựng kế hoạch của Ban Thường vụ Thị ủy "
         "giai đoạn 2021 - 2025."),
        "Thời gian tới, toàn ngành khẩn trương hoàn thiện hồ sơ xây dựng Luật Dân số.",
        # regression: … after other tasks of the order, each after a comma ("khẩn trương ổn định tổ chức, ban hành quy
        # chế làm việc" was the rules of the province's bodies)
        ("Bí thư Tỉnh ủy yêu cầu các cơ quan sau sắp xếp khẩn trương kiện toàn tổ chức, bố trí cán bộ, ban hành quy "
         "chế làm việc, không để gián đoạn công việc."),
        # regression: a rule only considered ("…; đồng thời xem xét ban hành quy định riêng về …" was a rule issued)
        ("Tỉnh sẽ rút ngắn thời gian giao đất cho các dự án nhà ở xã hội; đồng thời xem xét ban hành quy định riêng về "
         "hỗ trợ hạ tầng kỹ thuật ngoài hàng rào cho các dự án nhà ở công nhân."),
        # … and before a verb that needs no "đã" ("…; sớm ban hành kế hoạch điều chỉnh quy hoạch …" was a plan)
        "Thời gian tới, cần đẩy mạnh cải cách hành chính; sớm ban hành kế hoạch điều chỉnh quy hoạch chung đô thị.",
        # regression: a body's word before a count of units ("Công an 27/27 huyện, thị xã, thành phố đã xây dựng kế
        # hoạch thực hiện" was a plan of the province's police, which then implemented the directive)
        "Công an 27/27 huyện, thị xã, thành phố đã xây dựng kế hoạch thực hiện.",
        # regression: a bare count of units ("Thực hiện Kế hoạch 310, 15 huyện, thị xã, thành phố đã xây dựng kế hoạch tổ
        # chức đại hội" was a plan of the province's capital, carrying the province's plan out)
        "Thực hiện chỉ đạo của Tỉnh ủy, 15 huyện, thị xã, thành phố đã xây dựng kế hoạch tổ chức đại hội.",
        "Sau hội nghị, 12 huyện ủy đã ban hành kế hoạch thực hiện nghị quyết.",
        # regression: … of collectives and members, a count in thousands, after "Có" ("Có 58 tập thể và hơn 4.900 đảng viên
        # đã xây dựng kế hoạch khắc phục …" was a plan)
        "Có 46 tập thể và hơn 3.200 đảng viên đã xây dựng kế hoạch khắc phục hạn chế, khuyết điểm sau kiểm điểm.",
        "Sau kiểm điểm, 27 tập thể đã xây dựng kế hoạch khắc phục, sửa chữa khuyết điểm.",
        # guard: a plan of action made ("phương án"), no decision approving it, is no document
        "Công an huyện và Hạt Kiểm lâm đã xây dựng phương án bảo vệ rừng mùa khô.",
        "Các xã đã xây dựng Phương án phòng cháy, chữa cháy rừng năm 2024.",
        # regression: a draft law is no law yet ("Bộ Công an chủ trì hoàn thiện dự thảo Luật Phòng cháy, chữa cháy và cứu
        # nạn, cứu hộ, trình Quốc hội" was a law)
        "Thủ tướng yêu cầu Bộ Công an chủ trì hoàn thiện dự thảo Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ, trình Quốc hội.",
        # regression: a body of a unit, then more units named after it ("UBND quận Sơn Trà, quận Ngũ Hành Sơn đã ban hành
        # kế hoạch để thực hiện" was a plan of Ngũ Hành Sơn's): one plan each, none named
        "UBND huyện Can Lộc, huyện Thạch Hà đã ban hành kế hoạch để thực hiện.",
        "Sau đó, Huyện ủy Can Lộc, Thạch Hà và Lộc Hà cũng đã ban hành kế hoạch thực hiện.",
        # regression: … each unit with its body again ("Ban Chỉ huy Quân sự thành phố Buôn Ma Thuột, Ban Chỉ huy Quân sự
        # huyện Krông Pắc đã xây dựng kế hoạch thực hiện Nghị quyết 186" was a plan of Krông Pắc's)
        "Ban Chỉ huy Quân sự thành phố Hà Tĩnh, Ban Chỉ huy Quân sự huyện Can Lộc đã xây dựng kế hoạch thực hiện.",
        "Công an huyện Can Lộc, Công an huyện Thạch Hà và Công an thị xã Kỳ Anh cũng đã xây dựng kế hoạch thực hiện.",
        # "ra" with no number and no "đã" names what a meeting adopts, told again later (data/cues needs_perfective)
        "Ngày 28/12/2023, Đảng ủy Quân sự tỉnh tổ chức hội nghị lần thứ 25, ra Nghị quyết lãnh đạo thực hiện nhiệm vụ năm 2024.",
        # regression: a programme still being finished ("khẩn trương hoàn thiện Chương trình hành động của Chính phủ …"
        # was a document of the Government's)
        "Chính phủ yêu cầu các bộ khẩn trương hoàn thiện Chương trình hành động của Chính phủ, trình trong tháng 5/2025.",
        # regression: a time adverb before the plural subject ("…, đến nay nhiều bộ, ngành đã ban hành kế hoạch triển
        # khai" was one plan of no body)
        "Sau hội nghị toàn quốc, đến nay nhiều bộ, ngành đã ban hành kế hoạch triển khai.",
        # regression: "mỗi" before the subject, "trước đây" before a determiner ("…, trước đây mỗi tổ chức có chương trình
        # riêng" was a programme of no body): one each, none named
        "Bà Lan cho biết, trước đây mỗi tổ chức có chương trình riêng, nay Mặt trận thống nhất một chương trình chung.",
        # regression: a plural of a level and the units' names ("Cùng với xã Cẩm Bình, các xã Cẩm Xuyên, Thiên Cầm, Cẩm Duệ
        # cũng đã ban hành nghị quyết lãnh đạo …" was a resolution of no body)
        "Cùng với xã Cẩm Bình, các xã Cẩm Xuyên, Thiên Cầm, Cẩm Duệ cũng đã ban hành nghị quyết lãnh đạo thực hiện nhiệm vụ.",
        "Các phường Thành Sen, Trần Phú và Hà Huy Tập đã ban hành kế hoạch thực hiện.",
        # regression: units each with its level word, no body and no plural determiner ("Cùng với Phú Quốc, phường Rạch
        # Giá và xã Tri Tôn cũng đã ban hành kế hoạch thực hiện" was one plan of the province's)
        "Cùng với thị xã Kỳ Anh, phường Thành Sen và xã Thạch Hạ cũng đã ban hành kế hoạch thực hiện.",
        "Thị xã Hồng Lĩnh, huyện Can Lộc đã xây dựng kế hoạch thực hiện.",
        # regression: a plural of a local committee's name, then the units' names ("…; các huyện ủy Thới Bình, U Minh,
        # Trần Văn Thời cũng đã ban hành kế hoạch thực hiện" was a plan of Trần Văn Thời's)
        "Sau đó, các huyện ủy Can Lộc, Thạch Hà, Lộc Hà cũng đã ban hành kế hoạch thực hiện.",
        "Các Thị ủy Kỳ Anh, Hồng Lĩnh đã xây dựng kế hoạch thực hiện.",
        "Các đảng ủy xã Thạch Hạ, Thạch Trung, Đồng Môn đã xây dựng kế hoạch thực hiện.",
        # regression: the level's qualifier before the names, a last unit of another level ("Các xã ven biển Gio Hải, Gio
        # Việt, Trung Giang và thị trấn Cửa Việt đã xây dựng nghị quyết chuyên đề để thực hiện" was a resolution)
        "Các xã ven biển Kỳ Lợi, Kỳ Hà, Kỳ Ninh và phường Kỳ Phương đã xây dựng nghị quyết chuyên đề để thực hiện.",
        "Các xã miền núi Sơn Hồng, Sơn Lĩnh đã ban hành kế hoạch thực hiện.",
        # regression: a body's words before the plural and the units' names ("UBND các huyện Bình Sơn, Sơn Tịnh, Tư Nghĩa đã
        # ban hành kế hoạch triển khai" was a plan of Tư Nghĩa's)
        "Sau đó, UBND các huyện Can Lộc, Thạch Hà, Lộc Hà đã ban hành kế hoạch triển khai.",
        "Phòng GD&ĐT các huyện Can Lộc, Thạch Hà cũng đã xây dựng kế hoạch thực hiện.",
        # regression: bodies each named as an issuer joined by "và" ("Ban Thường vụ Tỉnh ủy và UBND tỉnh đã ban hành kế
        # hoạch thực hiện" was one plan of the province's UBND; "Đảng ủy xã Xuân Hòa và Đảng ủy xã Thọ Lập đã ban hành
        # nghị quyết chuyên đề" one resolution of Xuân Hòa's)
        "Ngay sau đó, Ban Thường vụ Tỉnh ủy và UBND tỉnh đã ban hành kế hoạch thực hiện, xác định rõ lộ trình.",
        "Đảng ủy xã Cẩm Bình và Đảng ủy xã Cẩm Duệ đã ban hành nghị quyết chuyên đề.",
        # regression: a plural list goes on after its first item's body ("các Nghị quyết của Chính phủ, Chỉ thị, Công điện
        # của Thủ tướng Chính phủ" was a telegram of the Prime Minister's)
        "Các bộ tiếp tục thực hiện các Nghị quyết của Chính phủ, Chỉ thị, Công điện của Thủ tướng Chính phủ.",
        # regression: a document noun used as a verb, a count after its bare number ("xã đang hướng dẫn 2 HTX rà soát
        # điều lệ" was a guidance numbered 2)
        "Phòng Nông nghiệp huyện đang hướng dẫn 3 HTX rà soát, sửa đổi điều lệ theo Luật mới.",
        "Sau kiểm tra, đoàn công tác đã kết luận 4 nội dung, yêu cầu khắc phục trước quý III.",
        # regression: a noun that names a document only as what a decision approves takes no bare number ("Hội đồng
        # chọn phương án 2" was a plan numbered 2)
        "Sau khi thẩm định, hội đồng thống nhất chọn phương án 2 để thi công tuyến kênh.",
        "Hai doanh nghiệp là đối tác chiến lược 3 bên trong chuỗi liên kết lúa gạo.",
        # regression: the document each body makes its own ("69 đảng bộ xã, phường đã xây dựng chương trình hành động của
        # cấp mình" was one programme of no one's)
        "Sau hội nghị, 42 đảng bộ xã, phường đã xây dựng chương trình hành động của cấp mình.",
        # … with "ở" for "của" ("… cũng ký kết quy chế phối hợp ở cấp mình" was one regulation of the district's)
        "Công an và Ban Chỉ huy quân sự 9 huyện, thành phố cũng đã ký kết quy chế phối hợp ở cấp mình.",
        # regression: a task given as a Party committee's leading of a body ("Đảng ủy UBND tỉnh lãnh đạo UBND tỉnh ban hành
        # kế hoạch thực hiện, cụ thể hóa thành các đề án, dự án" was a plan issued, carrying out what the paragraph before
        # named)
        "Đảng ủy UBND tỉnh lãnh đạo UBND tỉnh ban hành kế hoạch thực hiện, cụ thể hóa thành các đề án, dự án.",
        # regression: a verb-noun after a passive or a modal is the clause's verb ("Kết quả giám sát sẽ được báo cáo tại
        # kỳ họp thường lệ cuối năm 2023 của HĐND huyện" was a report of the district council's)
        "Kết quả giám sát sẽ được báo cáo tại kỳ họp thường lệ cuối năm 2024 của HĐND huyện Can Lộc.",
        "Các xã phải báo cáo kết quả rà soát năm 2024 của UBND xã về Ban Dân tộc tỉnh trước ngày 15/12.",
        # regression: a report asked for by a verb of directing ("… đề nghị báo cáo tiến độ thực hiện các kết luận của
        # Thường trực Tỉnh ủy" was a report of the Standing Committee's)
        "Văn phòng Tỉnh ủy đề nghị báo cáo tiến độ thực hiện các kết luận của Thường trực Tỉnh ủy trước ngày 15/7.",
        "Sở Nội vụ yêu cầu báo cáo kết quả rà soát của các huyện trước ngày 20/10.",
        # regression: an adjective after a document noun ("triển khai các nghị quyết chiến lược của Bộ Chính trị" was a
        # strategy of the Politburo's)
        "Thành phố đã khẩn trương triển khai các nghị quyết chiến lược của Bộ Chính trị trong năm 2025.",
        "Các văn kiện chiến lược của Đảng được quán triệt đến từng chi bộ.",
        # regression: an issuing the speaker warns against ("tránh tình trạng ban hành kế hoạch rồi để đó" was a plan)
        "Bí thư Huyện ủy đề nghị các chi bộ cụ thể hóa bằng những việc làm thiết thực, phù hợp với từng địa bàn, tránh "
        "tình trạng ban hành kế hoạch rồi để đó.",
    ],
)
def test_look_alikes_are_not_citations(text):
    assert find_citations(text, place("Hà Tĩnh")) == []


@pytest.mark.parametrize(
    ("text", "article", "issuer"),
    [
        # a body named without its place takes the place the sentence names before it
        ("Cũng tại hội nghị, Huyện ủy Kim Bảng báo cáo tổng kết 10 năm thực hiện Nghị quyết số 03-NQ/HU "
         "ngày 2/8/2011 của Ban Chấp hành Đảng bộ huyện về phát triển tiểu thủ công nghiệp.",
         place("Hà Nam"), "Ban Chấp hành Đảng bộ huyện Kim Bảng"),
        ("Huyện ủy Kim Bảng và Huyện ủy Thanh Liêm họp. Nghị quyết số 03-NQ/HU của Ban Chấp hành Đảng bộ huyện được ban "
         "hành.", place("Hà Nam"), "Ban Chấp hành Đảng bộ huyện"),  # two named: which one is unknown
        ("UBND huyện Lục Nam triển khai Kế hoạch số 45/KH-UBND ngày 3/3/2023 của UBND huyện.",
         place("Bắc Giang"), "UBND huyện Lục Nam"),
        # regression: a district of a province that joined the article's in 2025 (Hải Dương's Kim Thành in an article of
        # Hải Phòng: the body had no district)
        ("Nhiệm kỳ 2020 - 2025, Đảng bộ huyện Kim Thành đã thực hiện Nghị quyết số 10-NQ/HU ngày 12/3/2021 của Ban "
         "Chấp hành Đảng bộ huyện về phát triển công nghiệp.", place("Hải Phòng"), "Ban Chấp hành Đảng bộ huyện Kim Thành"),
        ("Huyện ủy Can Lộc trao đổi về Nghị quyết số 03-NQ/HU của Ban Chấp hành Đảng bộ huyện.", place("Hải Phòng"),
         "Ban Chấp hành Đảng bộ huyện"),
        # … or, the sentence naming none, the one district the sentences before name (session 21; it was left unplaced);
        # not one in another province
        ("Huyện ủy Kim Bảng họp. Nghị quyết số 03-NQ/HU của Ban Chấp hành Đảng bộ huyện được ban hành.",
         place("Hà Nam"), "Ban Chấp hành Đảng bộ huyện Kim Bảng"),
        ("Huyện ủy Kim Bảng và Huyện ủy Thanh Liêm họp. Nghị quyết số 03-NQ/HU của Ban Chấp hành Đảng bộ huyện được ban "
         "hành.", place("Hà Nam"), "Ban Chấp hành Đảng bộ huyện"),  # two named: which one is unknown
        ("Huyện ủy Can Lộc (Hà Tĩnh) trao đổi về Nghị quyết số 03-NQ/HU của Ban Chấp hành Đảng bộ huyện.",
         place("Hà Nam"), "Ban Chấp hành Đảng bộ huyện"),
        # a province named at the start of the sentence, in an article that names none
        ("Tại Bình Định, Ban Thường vụ Tỉnh ủy đã ban hành Kế hoạch số 55-KH/TU.", None,
         "Ban Thường vụ Tỉnh ủy Bình Định"),
        ("Ban Thường vụ Tỉnh ủy đã ban hành Kế hoạch số 55-KH/TU.", None, "Ban Thường vụ Tỉnh ủy"),
        # regression: … or another than the article's, in a round-up of several provinces ("Tại Hà Tĩnh, Ban
        # Thường vụ Tỉnh ủy ban hành Chương trình hành động số 30-CTr/TU" was Hải Phòng's, the article's)
        ("Tại Hà Tĩnh, Ban Thường vụ Tỉnh ủy ban hành Chương trình hành động số 30-CTr/TU ngày 28/5/2025.",
         place("Hải Phòng"), "Ban Thường vụ Tỉnh ủy Hà Tĩnh"),
        ("Thành ủy Hải Phòng đã có kế hoạch; còn tại tỉnh Quảng Trị, Tỉnh ủy ban hành Chương trình số "
         "40-CTr/TU.", place("Hải Phòng"), "Tỉnh ủy Quảng Trị"),
        # regression: … after a connective, or "Đối với"/"Với" for "Tại" (session 22: "Trong khi đó, tại Đồng Nai, UBND
        # tỉnh ban hành …" in a round-up was the article's province's)
        ("Trong khi đó, tại Đồng Nai, UBND tỉnh đã ban hành Kế hoạch số 120/KH-UBND ngày 5/6/2023.",
         place("Bình Dương"), "UBND tỉnh Đồng Nai"),
        ("Tương tự, ở tỉnh Phú Yên, Ban Thường vụ Tỉnh ủy đã ban hành Chỉ thị số 21-CT/TU.", place("Khánh Hòa"),
         "Ban Thường vụ Tỉnh ủy Phú Yên"),
        ("Đối với Bắc Ninh, UBND tỉnh đã ban hành Kế hoạch số 44/KH-UBND để triển khai.", place("Bắc Giang"),
         "UBND tỉnh Bắc Ninh"),
        # … and a district of the article's province, in a round-up of its districts
        ("Tại huyện Hương Sơn, Ban Thường vụ Huyện ủy đã ban hành Kế hoạch số 152-KH/HU.",
         place("Hà Tĩnh", "Can Lộc"), "Ban Thường vụ Huyện ủy Hương Sơn"),
        ("Ở Thạch Hà, Huyện ủy đã ban hành Kế hoạch số 153-KH/HU.", place("Hà Tĩnh"), "Huyện ủy Thạch Hà"),
        # regression: … a district the city papers write "Q.Gò Vấp" or "Quận 8" (no space after "Q.", a number for a
        # name: the clause named no place, so the ward's body had no district)
        ("Tại Q.Gò Vấp, UBND P.12 đã ban hành Kế hoạch số 41/KH-UBND.", place("Hồ Chí Minh"), "UBND Phường 12"),
        # regression: the agent of a passive before the decision ("UBND thị xã xây dựng Đề án nâng cấp đô thị …, được UBND
        # tỉnh phê duyệt tại Quyết định số 2570/QĐ-UBND" was the town's decision, the article's place's UBND)
        ("UBND thị xã Thái Hòa xây dựng Đề án nâng cấp đô thị, được UBND tỉnh phê duyệt tại Quyết định số 2570/QĐ-UBND "
         "ngày 5/8/2020.", place("Nghệ An", "Thái Hòa"), "UBND tỉnh Nghệ An"),
        ("Quy hoạch chung đô thị Kỳ Anh được Thủ tướng Chính phủ phê duyệt theo Quyết định số 1076/QĐ-TTg.",
         place("Hà Tĩnh", "Kỳ Anh"), "Thủ tướng Chính phủ"),
        ("Tại Quận 8, Đảng ủy Phường 4 đã ban hành Kế hoạch số 44-KH/ĐU.", place("Hồ Chí Minh"), "Đảng ủy Phường 4"),
        # regression: … or "Q. 8" with a space (its dot was read as a sentence's end, so the clause named no place)
        ("Tại Q. 8, Quận ủy đã ban hành Kế hoạch số 44-KH/QU.", place("Hồ Chí Minh"), "Quận ủy Quận 8"),
        # regression: … nor is "H." after a body's acronym ("UBND H. Hòa Bình ban hành …" in a Bạc Liêu article was the
        # province Hòa Bình's: the dot ended a sentence, and "Hòa Bình ban hành" was a province as subject)
        ("UBND H. Hòa Bình ban hành Kế hoạch số 56/KH-UBND ngày 15/3/2023.", place("Bạc Liêu"), "UBND huyện Hòa Bình"),
        # regression: … nor is one that opens an aside ("Trước đó, UBND P. Hòa Minh (Q. Liên Chiểu) đã ban hành …" in a
        # Đà Nẵng paper: the sentence began at "Liên Chiểu)", and the plan went to the body of the sentence before)
        ("Trước đó, UBND P. Hòa Minh (Q. Liên Chiểu) đã ban hành Kế hoạch số 45/KH-UBND ngày 1-3-2023.",
         place("Đà Nẵng"), "UBND phường Hòa Minh"),
        ("UBND xã Hòa Bắc (H. Hòa Vang) đã ban hành Kế hoạch số 45/KH-UBND ngày 1-3-2023.", place("Đà Nẵng"),
         "UBND xã Hòa Bắc"),
        # regression: nor is a later sentence of a paragraph that opens with its place ("Tại Hà Nội, … . Cùng ngày, UBND
        # thành phố ban hành …" in a round-up placed in Hồ Chí Minh was Hồ Chí Minh's); a new paragraph is not
        ("Tại Hà Nội, HĐND thành phố đã thông qua nghị quyết về sắp xếp các sở. Cùng ngày, UBND thành phố ban hành "
         "Quyết định số 1120/QĐ-UBND.", place("Hồ Chí Minh"), "UBND thành phố Hà Nội"),
        ("Tại Hà Nội, HĐND thành phố đã thông qua nghị quyết về sắp xếp các sở.\nUBND thành phố ban hành Quyết định "
         "số 1120/QĐ-UBND.", place("Hồ Chí Minh"), "UBND thành phố Hồ Chí Minh"),
        # … a province named inside the clause is no such opener
        ("Làm việc với đoàn công tác tỉnh Nghệ An, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 55-KH/TU.",
         place("Hà Tĩnh"), "Ban Thường vụ Tỉnh ủy Hà Tĩnh"),
        # the article's own district comes first
        ("Huyện ủy Kim Bảng và Nghị quyết số 03-NQ/HU của Ban Chấp hành Đảng bộ huyện.",
         place("Hà Nam", "Lý Nhân"), "Ban Chấp hành Đảng bộ huyện Lý Nhân"),
        # regression: a district's body named without its district, in a clause that opens with its province, in an
        # article of no province (a national round-up: "Còn tại Bình Định, Huyện đoàn Phù Mỹ phối hợp với UBND huyện
        # triển khai Kế hoạch số 86/KH-UBND … của UBND huyện" was no district's); its district is looked for there
        ("Còn tại Bình Định, Huyện đoàn Phù Mỹ phối hợp với UBND huyện triển khai Kế hoạch số 86/KH-UBND ngày 5/4/2025 "
         "của UBND huyện về phổ cập kỹ năng số.", None, "UBND huyện Phù Mỹ"),
        # … and in an article of another province, in the clause's province, not the article's
        ("Tại Hà Nội, Quận đoàn Cầu Giấy phối hợp với UBND quận triển khai Kế hoạch số 86/KH-UBND của UBND quận.",
         place("Bắc Ninh"), "UBND quận Cầu Giấy"),
        # a place with its own document in a round-up of examples ("như Hà Nội với Kế hoạch số 61-KH/TU của Ban Thường
        # vụ Thành ủy, Đà Nẵng với …" in a Bình Dương article were Bình Dương's); the place is the example's alone
        ("Nhiều địa phương đã cụ thể hóa Nghị quyết, như Hải Phòng với Kế hoạch số 88-KH/TU của Ban Thường vụ Thành ủy.",
         place("Nghệ An"), "Ban Thường vụ Thành ủy Hải Phòng"),
        ("Các tỉnh đã vào cuộc, có Lào Cai với nhiều mô hình hay, hoặc Yên Bái với Kế hoạch số 12-KH/TU ngày 3/3/2022 "
         "của Ban Thường vụ Tỉnh ủy.", place("Phú Thọ"), "Ban Thường vụ Tỉnh ủy Yên Bái"),
        ("Sở phối hợp với Hội Nông dân Nghệ An và với Kế hoạch số 12-KH/TU của Ban Thường vụ Tỉnh ủy triển khai.",
         place("Hà Tĩnh"), "Ban Thường vụ Tỉnh ủy Hà Tĩnh"),
        # regression: a bulletin's item opened by its province's name ("Điểm tin Tây Nguyên": "- Kon Tum: Thực hiện Kế
        # hoạch 150 của UBND tỉnh …" and "* Thừa Thiên Huế: Hội đồng nhân dân tỉnh vừa thông qua …" were of the province
        # of the first item, the article's); the label governs its own paragraph only
        ("Gia Lai: Ban Thường vụ Tỉnh ủy Gia Lai ban hành chỉ thị.\n- Kon Tum: Thực hiện Kế hoạch số 150/KH-UBND của "
         "UBND tỉnh về chuyển đổi số năm 2023, Sở Thông tin và Truyền thông đã triển khai Tổ công nghệ số cộng đồng.",
         place("Gia Lai"), "UBND tỉnh Kon Tum"),
        ("* Thừa Thiên Huế: Hội đồng nhân dân tỉnh vừa thông qua Nghị quyết số 45/2024/NQ-HĐND quy định mức hỗ trợ.",
         place("Quảng Trị"), "HĐND tỉnh Thừa Thiên Huế"),
        ("* Tại Quảng Bình, UBND tỉnh ban hành Kế hoạch số 1870/KH-UBND thực hiện chương trình của Chính phủ.",
         place("Quảng Trị"), "UBND tỉnh Quảng Bình"),
        ("- Kon Tum: Sở Nội vụ triển khai Kế hoạch số 150/KH-UBND của UBND tỉnh Gia Lai.", place("Gia Lai"),
         "UBND tỉnh Gia Lai"),
        ("Theo đó: UBND tỉnh ban hành Kế hoạch số 1870/KH-UBND.", place("Quảng Trị"), "UBND tỉnh Quảng Trị"),
        ("Kon Tum: Sở Nội vụ tập huấn.\nUBND tỉnh ban hành Kế hoạch số 150/KH-UBND.", place("Gia Lai"),
         "UBND tỉnh Gia Lai"),
        # regression: … or under a heading line that is the province's name alone ("Quảng Ngãi\n\nUBND tỉnh vừa ban
        # hành Quyết định số 512/QĐ-UBND …" was the first heading's Quảng Nam); not past another item's label
        ("Quảng Nam\n\nTỉnh ủy ban hành kế hoạch.\n\nQuảng Ngãi\n\nUBND tỉnh vừa ban hành Quyết định số 512/QĐ-UBND "
         "phê duyệt danh mục nhiệm vụ khoa học.", place("Quảng Nam"), "UBND tỉnh Quảng Ngãi"),
        ("Quảng Ngãi\n\nSở Nội vụ tập huấn.\n\nGia Lai: Sở Nội vụ họp.\nUBND tỉnh ban hành Kế hoạch số 150/KH-UBND.",
         place("Gia Lai"), "UBND tỉnh Gia Lai"),
        # regression: … or a district's brief, labelled with the district of the article's province on its line or on the
        # headline line above it ("• Hòa Vang: UBND huyện ban hành Quyết định 3012/QĐ-UBND …" was of Sơn Trà, the first
        # brief's district, the article's); not under a line that ends a sentence
        ("• Sơn Trà: Quận ủy họp.\n• Hòa Vang: UBND huyện ban hành Quyết định 3012/QĐ-UBND ngày 4/11/2022.",
         place("Đà Nẵng", "Sơn Trà"), "UBND huyện Hòa Vang"),
        ("3. Huyện Thọ Xuân: Ban Thường vụ Huyện ủy ban hành Quyết định số 1232-QĐ/HU.", place("Thanh Hóa", "Triệu Sơn"),
         "Ban Thường vụ Huyện ủy Thọ Xuân"),
        ("Thọ Xuân: Tổng kết Nghị quyết 19\nBan Thường vụ Huyện ủy ban hành Quyết định số 1232-QĐ/HU.",
         place("Thanh Hóa", "Triệu Sơn"), "Ban Thường vụ Huyện ủy Thọ Xuân"),
        ("Thọ Xuân: Sở Nội vụ tập huấn.\nBan Thường vụ Huyện ủy ban hành Quyết định số 1232-QĐ/HU.",
         place("Thanh Hóa", "Triệu Sơn"), "Ban Thường vụ Huyện ủy Triệu Sơn"),
        # regression: … whose level word fits the label's province ("- Hà Nội: Ban Thường vụ Tỉnh ủy đã ban hành …"
        # in a Quảng Ninh article was "Tỉnh ủy Hà Nội": the city is where it met)
        ("Quảng Ninh: Tỉnh ủy họp.\n\n- Hà Nội: Ban Thường vụ Tỉnh ủy đã ban hành Kế hoạch số 45-KH/TU.",
         place("Quảng Ninh"), "Ban Thường vụ Tỉnh ủy Quảng Ninh"),
        # regression: a district's body in an item of another province is of the district the item named before it
        # ("- Lai Châu: Huyện ủy Than Uyên tổ chức hội nghị. UBND huyện ban hành …" in a Sơn La round-up had no district)
        ("Sơn La: Tỉnh ủy họp.\n\n- Lai Châu: Huyện ủy Than Uyên tổ chức hội nghị. UBND huyện ban hành Kế hoạch số "
         "150/KH-UBND.", place("Sơn La"), "UBND huyện Than Uyên"),
        # regression: … or items run on in one paragraph, each after the last one's period ("Điểm tin: - Gia Lai: …. -
        # Kon Tum: UBND tỉnh ban hành …" was the article's Gia Lai)
        ("Điểm tin: - Gia Lai: Tỉnh ủy họp. - Kon Tum: UBND tỉnh ban hành Kế hoạch số 150/KH-UBND.", place("Gia Lai"),
         "UBND tỉnh Kon Tum"),
        ("Điểm tin: - Kon Tum: Sở Nội vụ họp. - Phòng chống dịch được tăng cường; UBND tỉnh ban hành Kế hoạch số "
         "150/KH-UBND.", place("Gia Lai"), "UBND tỉnh Gia Lai"),
        # regression: a tỉnh's body in an article of Hồ Chí Minh City is the province named before it, after "; " or in a
        # sentence before too ("UBND tỉnh" was "UBND tỉnh Thành phố Hồ Chí Minh")
        ("Trước đó, Tỉnh ủy Bà Rịa - Vũng Tàu đã có Nghị quyết về Côn Đảo; UBND tỉnh ban hành Kế hoạch số 155/KH-UBND "
         "ngày 15/8/2022.", place("Hồ Chí Minh"), "UBND tỉnh Bà Rịa - Vũng Tàu"),
        ("Tỉnh ủy Bình Dương họp. Tỉnh ủy ban hành Chỉ thị số 05-CT/TU ngày 2/3/2023.", place("Hồ Chí Minh"),
         "Tỉnh ủy Bình Dương"),
        # regression: … and in an article of a province a 2025 merge enlarged, the former province its sentence names
        # as one ("UBND tỉnh" after "Tỉnh ủy Long An (cũ)" in Tây Ninh's paper was Tây Ninh's); not another province,
        # nor the article's own
        ("Trước đó, Tỉnh ủy Long An (cũ) đã có nghị quyết về nông nghiệp công nghệ cao; UBND tỉnh ban hành Kế hoạch số "
         "890/KH-UBND ngày 20/3/2022.", place("Tây Ninh"), "UBND tỉnh Long An"),
        ("Trước đó, Tỉnh ủy Đồng Nai đã có nghị quyết về nông nghiệp; UBND tỉnh ban hành Kế hoạch số 890/KH-UBND.",
         place("Tây Ninh"), "UBND tỉnh Tây Ninh"),
        ("Phường Long An họp; UBND tỉnh ban hành Kế hoạch số 890/KH-UBND.", place("Tây Ninh"), "UBND tỉnh Tây Ninh"),
        # regression: … not one its sentence names as a side of the merger ("Sau hợp nhất với tỉnh Hà Giang, UBND tỉnh
        # ban hành …" in Tuyên Quang's paper was Hà Giang's)
        ("Sau hợp nhất với tỉnh Hà Giang, UBND tỉnh đã ban hành Kế hoạch số 140/KH-UBND ngày 5/9/2025 về chuyển đổi số.",
         place("Tuyên Quang"), "UBND tỉnh Tuyên Quang"),
        ("Từ khi sáp nhập tỉnh Tuyên Quang và tỉnh Hà Giang, Tỉnh ủy đã ban hành Chỉ thị số 03-CT/TU ngày 2/10/2025.",
         place("Tuyên Quang"), "Tỉnh ủy Tuyên Quang"),
        # regression: … or a district of the former province named as one ("Huyện ủy Lục Nam … của Ban Thường vụ Tỉnh ủy"
        # in Bắc Ninh's paper was Bắc Ninh's); not a district of the article's own province, nor of another province
        ("Năm 2022, Huyện ủy Lục Nam đã thực hiện Nghị quyết số 30-NQ/TU ngày 10/3/2022 của Ban Thường vụ Tỉnh ủy về "
         "phát triển kinh tế đồi rừng.", place("Bắc Ninh"), "Ban Thường vụ Tỉnh ủy Bắc Giang"),
        ("Năm 2022, UBND huyện Thanh Sơn thực hiện Quyết định số 1234/QĐ-UBND ngày 10/3/2022 của UBND tỉnh về nông "
         "nghiệp.", place("Phú Thọ"), "UBND tỉnh Phú Thọ"),
        ("Năm 2022, UBND huyện Lục Nam thực hiện Quyết định số 1234/QĐ-UBND của UBND tỉnh.", place("Hà Tĩnh"),
         "UBND tỉnh Hà Tĩnh"),
        # regression: … or its city ("Thành ủy Nam Định … của Ban Thường vụ Tỉnh ủy" in Ninh Bình's paper was Ninh
        # Bình's); not the article's own city
        ("Ngày 5/5/2023, Thành ủy Nam Định thực hiện Nghị quyết số 12-NQ/TU ngày 10/3/2023 của Ban Thường vụ Tỉnh ủy về "
         "phát triển đô thị.", place("Ninh Bình"), "Ban Thường vụ Tỉnh ủy Nam Định"),
        ("Ngày 5/5/2023, UBND thành phố Bắc Ninh thực hiện Kế hoạch số 12/KH-UBND ngày 10/3/2023 của UBND tỉnh.",
         place("Bắc Ninh"), "UBND tỉnh Bắc Ninh"),
        # regression: … but a centrally-run city's body named bare stays the city's, not a town of the former province
        # ("… của HĐND thành phố" after "HĐND tỉnh Quảng Nam" in Đà Nẵng's paper was an unnamed city of Quảng Nam)
        ("Kỳ họp bãi bỏ các nghị quyết của HĐND tỉnh Quảng Nam và sửa đổi Nghị quyết số 34/2024/NQ-HĐND ngày 10/12/2024 "
         "của HĐND thành phố về hỗ trợ khởi nghiệp.", place("Đà Nẵng"), "HĐND thành phố Đà Nẵng"),
        # (nor the one city of a tỉnh that has one: "… của UBND tỉnh Sóc Trăng …; trong khi … của HĐND thành phố" in Cần
        # Thơ's paper was the city of Sóc Trăng's)
        ("Quy chế của UBND tỉnh Sóc Trăng quy định mức hỗ trợ khác; trong khi đó Nghị quyết số "
         "08/2023/NQ-HĐND ngày 7/7/2023 của HĐND thành phố quy định mức khác.", place("Cần Thơ"), "HĐND thành phố Cần Thơ"),
        # regression: a bare district body in a province's article, the one district named in a sentence before ("… làm
        # việc với UBND huyện Lâm Bình …. Báo cáo của UBND huyện cho biết …" was of no district)
        ("Đoàn giám sát của HĐND tỉnh đã làm việc với UBND huyện Lâm Bình về giảm nghèo. Đoàn ghi nhận Kế hoạch số "
         "47/KH-UBND của UBND huyện đã được triển khai.", place("Tuyên Quang"), "UBND huyện Lâm Bình"),
    ],
)
def test_a_body_named_without_its_place_is_of_the_place_named_before_it(text, article, issuer):
    [cited] = [c for c in find_citations(text, article) if c.symbol is not None]
    assert cited.issuer.name == issuer


@pytest.mark.parametrize(("text", "issuer", "level"), [
    # regression: a numbered resolution "của" a congress had no issuer, of unknown level ("Nghị quyết số 01-NQ/ĐH ngày
    # 20/8/2025 của Đại hội đại biểu Đảng bộ xã lần thứ I": ĐH is no body's code, and a congress was no issuer)
    ("Ngày 25/8/2025, Ban Thường vụ Đảng ủy xã Thạch Hà ban hành Kế hoạch số 20-KH/ĐU thực hiện Nghị quyết số "
     "01-NQ/ĐH ngày 20/8/2025 của Đại hội đại biểu Đảng bộ xã lần thứ I, nhiệm kỳ 2025-2030.",
     "Đại hội đại biểu Đảng bộ xã Thạch Hà lần thứ I", "commune"),
    ("Tỉnh ủy ban hành Chương trình số 05-CTr/TU thực hiện Nghị quyết số 01-NQ/ĐH của Đại hội đại biểu Đảng bộ tỉnh "
     "lần thứ XX.", "Đại hội đại biểu Đảng bộ tỉnh Hà Tĩnh lần thứ XX", "province"),
])
def test_a_resolution_of_a_congress_is_the_congress_s(text, issuer, level):
    [cited] = [c for c in find_citations(text, place("Hà Tĩnh")) if "01-NQ/ĐH" in text[c.start:c.end]]
    assert (cited.issuer.name, cited.issuer.level) == (issuer, level)


@pytest.mark.parametrize(("text", "issuer"), [
    # regression: a bare body after a document the sentence has another province's body issue took the article's
    # province (a round-up placed in Gia Lai)
    ("Đảng ủy xã Tân Phú (Đồng Nai) ban hành Kế hoạch số 05-KH/ĐU thực hiện Nghị quyết số 02-NQ/TU của Ban Chấp "
     "hành Đảng bộ tỉnh.", "Ban Chấp hành Đảng bộ tỉnh Đồng Nai"),
    # … not one named with its place, nor after a body of the article's province
    ("UBND tỉnh Nghệ An ban hành Kế hoạch số 05/KH-UBND thực hiện Nghị quyết số 02-NQ/TU của Tỉnh ủy Gia Lai.",
     "Tỉnh ủy Gia Lai"),
    ("UBND tỉnh Gia Lai ban hành Kế hoạch số 05/KH-UBND thực hiện Nghị quyết số 02-NQ/TU của Tỉnh ủy.",
     "Tỉnh ủy Gia Lai"),
    # … nor after a ward of a province merged into the article's in 2025 (Bình Định's Quy Nhơn in Gia Lai)
    ("Ngày 20/8/2025, Đảng ủy phường Quy Nhơn ban hành Kế hoạch số 05-KH/ĐU thực hiện Nghị quyết số 02-NQ/TU của "
     "Ban Thường vụ Tỉnh ủy.", "Ban Thường vụ Tỉnh ủy Gia Lai"),
])
def test_a_bare_body_is_of_the_province_whose_body_the_sentence_has_issue(text, issuer):
    [cited] = [c for c in find_citations(text, place("Gia Lai")) if c.symbol and c.symbol.canonical == "02-NQ/TU"]
    assert cited.issuer.name == issuer


@pytest.mark.parametrize(("text", "article", "published", "province", "commune"), [
    # regression: after the reform a commune's body named by its kind alone went to the article's province, while
    # the ward named before it is placed by its former province (Bình Thuận's Phan Thiết in a Lâm Đồng article)
    ("UBND phường Phan Thiết ban hành Quyết định số 05/QĐ-UBND.\nTrước đó, Đảng ủy phường đã ban hành Nghị quyết "
     "số 02-NQ/ĐU.", "Lâm Đồng", "2025-07-10", "Bình Thuận", "Phan Thiết"),
    ("Tại phường Bắc Giang, Đảng ủy phường đã ban hành Kế hoạch số 02-NQ/ĐU ngày 10/10/2025.", "Bắc Ninh",
     "2025-10-12", "Bắc Giang", "Bắc Giang"),
    # … undated, once the text has cited a date after the reform
    ("Kế hoạch số 08-KH/TU ngày 25/7/2025 của Thành ủy. Tại phường Vị Thanh, Đảng ủy phường đã ban hành Kế hoạch "
     "số 02-NQ/ĐU.", "Cần Thơ", None, "Hậu Giang", "Vị Thanh"),
    ("Ban Thường vụ Đảng ủy đặc khu Phú Quốc họp. UBND đặc khu ban hành Kế hoạch số 02-NQ/ĐU.", "An Giang",
     "2025-09-01", "Kiên Giang", "Phú Quốc"),
    # regression: … also when the unit opens a headline, the kind word with its name ("Phường Tuy Hòa ra mắt …")
    ("Phường Tuy Hòa ra mắt Ban Chỉ đạo chuyển đổi số\n\nNgày 12/8/2025, Đảng ủy phường ban hành Nghị quyết số "
     "02-NQ/ĐU.", "Đắk Lắk", "2025-08-14", "Phú Yên", "Tuy Hòa"),
    # regression: … undated, when the sentence dates the act after the reform (no citation had yet)
    ("Phường Tuy Hòa sau 3 tháng vận hành\n\nSau 3 tháng, bộ máy đã đi vào nền nếp. Ngày 3/10/2025, Đảng ủy phường "
     "ban hành Nghị quyết số 02-NQ/ĐU.", "Đắk Lắk", None, "Phú Yên", "Tuy Hòa"),
    ("Phường Tuy Hòa sau 3 tháng vận hành\n\nNgày 3/4/2025, Đảng ủy phường ban hành Nghị quyết số 02-NQ/ĐU.",
     "Đắk Lắk", None, "Đắk Lắk", None),
    # regression: … not a former unit the text lists ("được thành lập trên cơ sở các phường Trần Phú, …": Hà Tĩnh has
    # a 2025 phường Trần Phú), nor a 2025 unit of another province (Quyết Thắng of Thái Nguyên in a Quảng Ngãi article)
    ("Ngày 12/8/2025, Đảng ủy phường Thành Sen ban hành Kế hoạch số 14-KH/ĐU. Phường Thành Sen được thành lập trên "
     "cơ sở các phường Trần Phú, Nam Hà, Bắc Hà. Đảng ủy phường ban hành Nghị quyết số 02-NQ/ĐU.", "Hà Tĩnh",
     "2025-08-14", "Hà Tĩnh", "Thành Sen"),
    ("Ngày 12/8/2025, Đảng ủy phường Kon Tum ban hành Kế hoạch số 14-KH/ĐU. Đoàn công tác phường Quyết Thắng đã "
     "đến thăm. Đảng ủy phường ban hành Nghị quyết số 02-NQ/ĐU.", "Quảng Ngãi", "2025-08-14", "Kon Tum", "Kon Tum"),
    # regression: … nor part of a former unit ("… nhập các phường Phú Cường, Phú Thọ và một phần phường Hiệp Thành":
    # the ward's later plan went to the 2025 phường Hiệp Thành of Hồ Chí Minh)
    ("Ngày 10/11/2025, Đảng ủy phường Thủ Dầu Một ban hành Kế hoạch số 14-KH/ĐU. Phường Thủ Dầu Một được thành lập trên "
     "cơ sở nhập các phường Phú Cường, Phú Thọ và một phần phường Hiệp Thành. Đảng ủy phường ban hành Nghị quyết số "
     "02-NQ/ĐU.", "Hồ Chí Minh", "2025-11-13", "Bình Dương", "Thủ Dầu Một"),
    # regression: … nor a former unit a merger lists with its own kind word ("… sáp nhập thị trấn Sông Đốc và xã Phong
    # Điền, xã Phong Lạc": the commune's plan went to the former xã Phong Điền of Trần Văn Thời); the unit formed is
    ("Ngày 28/7/2025, UBND xã Sông Đốc ban hành Kế hoạch số 15/KH-UBND. Xã Sông Đốc được thành lập trên cơ sở sáp "
     "nhập thị trấn Sông Đốc và xã Phong Điền, xã Phong Lạc thuộc huyện Trần Văn Thời cũ. Ông Trần Văn Tâm, Bí thư "
     "Đảng ủy xã cho biết, Ban Thường vụ Đảng ủy xã đã ban hành Nghị quyết số 02-NQ/ĐU.", "Cà Mau", "2025-07-30",
     "Cà Mau", "Sông Đốc"),
    ("Từ ngày 1/7/2025, tỉnh sáp nhập xã Gio Hải và xã Gio Thành thành xã Cửa Việt. Đảng ủy xã đã ban hành Nghị quyết "
     "số 02-NQ/ĐU.", "Quảng Trị", "2025-08-20", "Quảng Trị", "Cửa Việt"),
    # … not before the reform, nor after a unit of another kind
    ("UBND phường Phan Thiết ban hành Quyết định số 05/QĐ-UBND. Đảng ủy phường đã ban hành Nghị quyết số "
     "02-NQ/ĐU.", "Lâm Đồng", "2025-06-10", "Lâm Đồng", None),
    ("UBND xã Sóc Sơn ban hành Quyết định số 05/QĐ-UBND. Đảng ủy phường đã ban hành Nghị quyết số 02-NQ/ĐU.",
     "Hà Nội", "2025-08-10", "Hà Nội", None),
    # regression: before the reform, the commune of that kind named before, among the units of then ("Đảng ủy xã Tam
    # Quang (Núi Thành) ban hành … UBND xã đã ban hành Kế hoạch …" left the commune's plan in no district)
    ("Ngày 5/3/2022, Đảng ủy xã Tam Quang (Núi Thành) ban hành Nghị quyết số 05-NQ/ĐU. UBND xã đã ban hành Nghị quyết "
     "số 02-NQ/ĐU.", "Quảng Nam", "2022-03-10", "Quảng Nam", "Tam Quang"),
    ("Tại phường Lộc Thọ, Đảng ủy phường đã ban hành Nghị quyết số 02-NQ/ĐU.", "Khánh Hòa", "2022-03-10", "Khánh Hòa",
     "Lộc Thọ"),
    # … not one of another province
    ("Tại phường Lộc Thọ, Đảng ủy phường đã ban hành Nghị quyết số 02-NQ/ĐU.", "Quảng Nam", "2022-03-10", "Quảng Nam",
     None),
    # regression: … named with its term ("Ban Chấp hành Đảng bộ xã khóa I": the kind was looked for at the name's end)
    ("UBND xã Núi Thành ban hành Quyết định số 05/QĐ-UBND. Ban Chấp hành Đảng bộ xã khóa I đã ban hành Nghị quyết số "
     "02-NQ/ĐU.", "Đà Nẵng", "2025-10-10", "Quảng Nam", "Núi Thành"),
])
def test_a_commune_s_body_named_by_its_kind_is_of_the_2025_commune_named_before(text, article, published, province,
                                                                               commune):
    [cited] = [c for c in find_citations(text, place(article), published=published)
               if c.symbol and c.symbol.canonical == "02-NQ/ĐU"]
    assert (cited.issuer.province, cited.issuer.commune) == (province, commune)


@pytest.mark.parametrize("text", [
    # regression: a commune's body named by its kind after "của", in a new document's description or a reference, was
    # the article's province's, of no commune ("… ban hành Quy chế làm việc của Ban Chấp hành Đảng bộ xã khóa I (kèm
    # theo Quyết định số 15-QĐ/ĐU)" in a Đà Nẵng paper placed the decision in Đà Nẵng, not in former Quảng Nam)
    "Ban Chấp hành Đảng bộ xã Núi Thành ban hành Chương trình hành động số 01-CTr/ĐU. Ban Thường vụ Đảng ủy xã ban "
    "hành Quy chế làm việc của Ban Chấp hành Đảng bộ xã khóa I.",
    "UBND xã Núi Thành ban hành Quyết định số 05/QĐ-UBND. Các thôn triển khai kế hoạch của Đảng ủy xã về chuyển đổi số.",
])
def test_a_commune_s_body_after_của_is_of_the_2025_commune_named_before(text):
    [cited] = [c for c in find_citations(text, place("Đà Nẵng"), published="2025-10-10") if c.symbol is None]
    assert (cited.issuer.province, cited.issuer.commune) == ("Quảng Nam", "Núi Thành")


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        # regression: the body that advises ("tham mưu cho") is not the one that issues
        ("Công an tỉnh đã tham mưu cho Tỉnh ủy chương trình hành động thực hiện Chỉ thị số 09-CT/TW.", None),
        ("Công an tỉnh đã tham mưu cho Tỉnh ủy ban hành Kế hoạch số 15-KH/TU.", None),
        # regression: advice given without "cho" ("đã tham mưu UBND tỉnh ban hành") was a plan still to come
        ("Sở Nội vụ đã tham mưu UBND tỉnh ban hành Kế hoạch số 15/KH-UBND.", "UBND tỉnh Hà Tĩnh"),
        # regression: … to a body named at length (six words: the programme was no document)
        ("Ủy ban Kiểm tra Huyện ủy Can Lộc đã tham mưu Ban Chấp hành Đảng bộ huyện ban hành Chương trình kiểm tra, giám "
         "sát toàn khóa nhiệm kỳ 2020 - 2025.", "Ban Chấp hành Đảng bộ huyện Can Lộc"),
        # … and a numbered one whatever the tense
        ("Bộ Chỉ huy Quân sự tỉnh tham mưu UBND tỉnh ban hành Kế hoạch số 330/KH-UBND ngày 15/4/2024.",
         "UBND tỉnh Hà Tĩnh"),
        ("Công an tỉnh đã ban hành Kế hoạch số 1250/KH-CAT.", "Công an tỉnh Hà Tĩnh"),
        # regression: a capitalised word of a place name read as a cue mid-sentence ("Cần" of Cần Thơ as the
        # future's "cần", "Giao" of Giao Thủy as "giao"): the document was still to come, of no issuer
        ("Ban Thường vụ Thành ủy Cần Thơ ban hành Kế hoạch số 301-KH/TU ngày 5/3/2025 thực hiện Nghị quyết 57.",
         "Ban Thường vụ Thành ủy Cần Thơ"),
        ("Ban Thường vụ Huyện ủy Giao Thủy ban hành Kế hoạch thực hiện Chỉ thị số 05-CT/TW.",
         "Ban Thường vụ Huyện ủy Giao Thủy"),
        ("Cần ban hành Kế hoạch số 12-KH/TU thực hiện Chỉ thị số 05-CT/TW.", None),
        # regression: a lower-case cue that ends a name ("giao" of Bộ Ngoại giao, read as the "giao" that assigns a
        # task: "Thực hiện Nghị quyết 153/NQ-CP, ngày 10/6/2025, Bộ Ngoại giao ban hành Quyết định số 600/QĐ-BNG" was a
        # decision still to come, of no issuer)
        ("Ngày 10/6/2025, Bộ Ngoại giao ban hành Quyết định số 600/QĐ-BNG về Kế hoạch hành động.", "Bộ Ngoại giao"),
        ("UBND tỉnh giao Sở Ngoại vụ ban hành Kế hoạch số 12/KH-SNgV.", None),
        # regression: a noun that opens with a cue's word ("giao" of "An toàn giao thông", read as the "giao" that assigns
        # a task: "Ngày 12/1/2024, Ban An toàn giao thông tỉnh ban hành Kế hoạch số 45/KH-BATGT" was a plan still to
        # come, of no issuer nor date)
        ("Ngày 12/1/2024, Ban An toàn giao thông tỉnh ban hành Kế hoạch số 45/KH-BATGT về cao điểm Tết.",
         "Ban An toàn giao thông tỉnh Hà Tĩnh"),
        # regression: of a joint subject the last body issued; the lead (first) does, or the
        # body whose code the symbol opens with
        ("Ngày 12/3/2025, Công an tỉnh và Sở GD&ĐT ký Kế hoạch liên tịch số 123/KHLT-CAT-SGDĐT về bảo đảm "
         "an ninh, trật tự trường học.", "Công an tỉnh Hà Tĩnh"),
        ("Công an tỉnh phối hợp với Sở Tư pháp ban hành Kế hoạch liên tịch số 08/KHLT-CAT-STP về tuyên truyền "
         "pháp luật.", "Công an tỉnh Hà Tĩnh"),
        ("Ban Thường vụ Tỉnh ủy và UBND tỉnh đã ban hành Kế hoạch số 45/KH-UBND.", "UBND tỉnh Hà Tĩnh"),
        # regression: a list of three bodies began before the comma the subject was looked for after;
        # 'phối hợp' before the verb left the subject unread
        ("Công an tỉnh, Sở GD&ĐT và Tỉnh đoàn ký Kế hoạch liên tịch số 123/KHLT-CAT-SGDĐT-TĐ về phòng, chống "
         "ma túy trong trường học.", "Công an tỉnh Hà Tĩnh"),
        ("Theo chỉ đạo của Tỉnh ủy, Sở Tư pháp và Công an tỉnh ký Kế hoạch liên tịch số 08/KHLT-STP-CAT.",
         "Sở Tư pháp Hà Tĩnh"),
        ("Ngày 12/3/2025, Ban Thường vụ Tỉnh ủy và UBND tỉnh phối hợp ban hành Kế hoạch liên tịch số "
         "05/KHLT-TU-UBND.", "Ban Thường vụ Tỉnh ủy Hà Tĩnh"),
        # regression: the body a signer signs for ("thay mặt Ban Thường vụ Tỉnh ủy, đồng chí Phó Bí thư Thường trực
        # Tỉnh ủy ký …": the Thường trực was the issuer)
        ("Ngày 12/3/2024, thay mặt Ban Thường vụ Tỉnh ủy, đồng chí Phó Bí thư Thường trực Tỉnh ủy ký ban hành Chỉ thị "
         "số 30-CT/TU về công tác phòng cháy.", "Ban Thường vụ Tỉnh ủy Hà Tĩnh"),
        # regression: a committee's remit between the subject and its verb ("Văn phòng Ban Chỉ đạo quốc gia về phòng chống
        # thiên tai đã có Công điện số 35/CĐ-QG …" had no issuer and went to the article's province)
        ("Trước đó, Văn phòng Ban Chỉ đạo quốc gia về phòng chống thiên tai đã có Công điện số 35/CĐ-QG ngày 8/11/2024 "
         "gửi các tỉnh.", "Văn phòng Ban Chỉ đạo quốc gia"),
        ("Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, tiêu cực đã ban hành Công văn số 35/BCĐTW.",
         "Ban Chỉ đạo Trung ương"),
        # regression: haste between the subject and the verb left the subject unread
        ("UBND tỉnh khẩn trương ban hành Kế hoạch số 12/KH-UBND ngày 3/3/2024 về phòng, chống hạn hán.",
         "UBND tỉnh Hà Tĩnh"),
        # regression: the dot of "TP." or "TX." before a spaced place ended the sentence, so the subject was cut
        # and the province's body issued ("UBND TP. Hà Tĩnh …" gave UBND tỉnh Hà Tĩnh)
        ("Ngày 12/10/2021, UBND TP. Hà Tĩnh ban hành Kế hoạch số 308/KH-UBND về xây dựng đô thị thông minh.",
         "UBND thành phố Hà Tĩnh"),
        ("Ngày 12/10/2021, Ban Chấp hành Đảng bộ TX. Hồng Lĩnh đã ban hành Nghị quyết số 08-NQ/TU về phát triển đô thị.",
         "Ban Chấp hành Đảng bộ thị xã Hồng Lĩnh"),
        # regression: "ra" issues, as the army's and the Party's papers write it ("Đảng ủy Quân sự tỉnh ra Nghị quyết số
        # 186-NQ/ĐU …" gave "Đảng ủy Hà Tĩnh", commune level, and no relation to what it carried out)
        ("Ngày 5/3/2022, Đảng ủy Quân sự tỉnh ra Nghị quyết chuyên đề số 135-NQ/ĐU về phát huy phẩm chất Bộ đội Cụ Hồ.",
         "Đảng ủy Quân sự tỉnh Hà Tĩnh"),
        ("Ban Thường vụ Tỉnh ủy đã ra Chỉ thị số 20-CT/TU về công tác tuyển quân năm 2024.", "Ban Thường vụ Tỉnh ủy Hà Tĩnh"),
        # regression: the subject leads and directs, then issues ("Đảng ủy Quân sự tỉnh đã lãnh đạo, chỉ đạo xây dựng Kế
        # hoạch số 12-KH/ĐU" gave "Đảng ủy Hà Tĩnh", commune level); one it directs is named before the verb (guard)
        ("Đảng ủy Quân sự tỉnh đã lãnh đạo, chỉ đạo xây dựng Kế hoạch số 12-KH/ĐU ngày 5/3/2022 thực hiện Nghị quyết 847.",
         "Đảng ủy Quân sự tỉnh Hà Tĩnh"),
        ("Ban Thường vụ Tỉnh ủy chỉ đạo ban hành Kế hoạch số 45-KH/TU về công tác quốc phòng.", "Ban Thường vụ Tỉnh ủy Hà Tĩnh"),
        # regression: the body agrees to issue ("Ban Thường vụ Huyện ủy thống nhất ban hành Chỉ thị về …" had no issuer,
        # its level unknown)
        ("Sau khi thảo luận, Ban Thường vụ Huyện ủy Kỳ Anh thống nhất ban hành Chỉ thị về tăng cường công tác phòng, chống "
         "dịch tả lợn châu Phi.", "Ban Thường vụ Huyện ủy Kỳ Anh"),
        ("Hội nghị Ban Chấp hành Đảng bộ tỉnh đã nhất trí ban hành Nghị quyết số 15-NQ/TU về phát triển du lịch biển.",
         "Hội nghị Ban Chấp hành Đảng bộ tỉnh Hà Tĩnh"),
        ("UBND tỉnh chỉ đạo Sở Y tế ban hành Kế hoạch số 12/KH-SYT về phòng dịch.", "Sở Y tế Hà Tĩnh"),
        # regression: what the subject did "tại" a document, the verb apart from it ("UBND tỉnh đã giao vốn chi tiết cho
        # các huyện tại Quyết định số 1357/QĐ-UBND" was issued by no one, so no lead's relation reached it)
        ("Năm 2023, UBND tỉnh đã giao vốn chi tiết cho các huyện tại Quyết định số 1357/QĐ-UBND ngày 29/7/2023.",
         "UBND tỉnh Hà Tĩnh"),
        ("Huyện ủy Can Lộc đã kiện toàn Ban Chỉ đạo tại Quyết định số 214-QĐ/HU ngày 2/3/2024.", "Huyện ủy Can Lộc"),
        # the subject holds the signing ("… và Hội Nông dân tỉnh tổ chức ký kết Chương trình phối hợp số 03/…" had no
        # issuer, and its level was unknown)
        ("Sáng 15/6/2023, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh và Hội Nông dân tỉnh tổ chức ký kết Chương trình "
         "phối hợp số 03/CTrPH-MTTQ-HND về hỗ trợ nông dân.", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Hà Tĩnh"),
        ("Hội Cựu chiến binh tỉnh và Công an tỉnh đã tổ chức lễ ký kết Kế hoạch liên tịch số 12/KHLT-CCB-CA ngày "
         "3/4/2022 về phòng, chống tội phạm.", "Hội Cựu chiến binh tỉnh Hà Tĩnh"),
        ("Chiều 2/3/2021, Tỉnh đoàn và Sở Lao động - Thương binh và Xã hội tổ chức Lễ ký Chương trình phối hợp số "
         "05/CTrPH-TĐTN-SLĐTBXH.", "Tỉnh đoàn Hà Tĩnh"),
    ],
)
def test_an_issuing_clause_s_subject_is_the_issuer_unless_it_advises(text, issuer):
    first = find_citations(text, place("Hà Tĩnh"))[0]
    assert (first.issuer.name if first.issuer else None) == issuer


@pytest.mark.parametrize("text, issuer, date", [
    # regression: a bare noun opening its sentence, issued by a named agent on a day ("Nghị quyết được Ban Chấp hành Đảng
    # bộ tỉnh ban hành ngày 15/6/2018"), left the document it names undated and issued by its code's body
    ("Huyện ủy sơ kết Nghị quyết số 07-NQ/HU. Nghị quyết được Ban Chấp hành Đảng bộ huyện ban hành ngày 2/8/2021 "
     "(khóa XXVI).", "Ban Chấp hành Đảng bộ huyện", "2021-08-02"),
    ("Tỉnh ủy triển khai Chỉ thị số 22-CT/TU. Chỉ thị do Ban Thường vụ Tỉnh ủy ban hành ngày 10/3/2024.",
     "Ban Thường vụ Tỉnh ủy Hà Tĩnh", "2024-03-10"),
    # … not one that is not the subject of its sentence
    ("Tỉnh ủy triển khai Chỉ thị số 22-CT/TU. Theo đó, các huyện thực hiện Chỉ thị được Ban Thường vụ Tỉnh ủy ban hành "
     "ngày 10/3/2024.", None, None),
])
def test_a_bare_noun_takes_the_agent_and_day_of_its_passive_issuing(text, issuer, date):
    bare = [c for c in find_citations(text, place("Hà Tĩnh")) if c.form == "ref"][-1]
    assert ((bare.issuer.name if bare.issuer else None), bare.date) == (issuer, date)


@pytest.mark.parametrize(("text", "issued"), [
    # regression: advice given with no body named ("Ban Tổ chức Huyện ủy đã tham mưu ban hành Hướng dẫn số 07-HD/BTCHU")
    # was a guide still to come: what it was issued to concretise ("Để cụ thể hóa Kế hoạch 112, …") was lost
    ("Ban Tổ chức Huyện ủy Can Lộc đã tham mưu ban hành Hướng dẫn số 07-HD/BTCHU về sinh hoạt chi bộ.", True),
    ("Ban Tổ chức Huyện ủy Can Lộc sẽ tham mưu ban hành hướng dẫn về sinh hoạt chi bộ.", None),  # still to come
])
def test_advice_given_with_no_body_named_issues(text, issued):
    cites = find_citations(text, place("Hà Tĩnh"))
    assert (cites[0].issued if cites else None) == issued


@pytest.mark.parametrize("text, issuer", [
    # regression: the document after "bằng" is the means of the clause's act, which its subject issued ("Thành ủy Tân An
    # đã thực hiện B bằng Chương trình số 19-CTr/TU" gave the province's committee, as the code TU reads alone)
    ("Trước sắp xếp, Thành ủy Tân An đã thực hiện Nghị quyết số 04-NQ/TU ngày 25/5/2021 của Ban Chấp hành Đảng bộ tỉnh "
     "Long An về phát triển đô thị Tân An bằng Chương trình số 19-CTr/TU ngày 30/6/2021.", "Thành ủy Tân An"),
    ("Thành ủy Tân An đã cụ thể hóa Nghị quyết số 04-NQ/TU bằng Kế hoạch số 19-KH/TU ngày 30/6/2021.", "Thành ủy Tân An"),
    # guard: a passive's agent is read as such
    ("Nghị quyết số 57-NQ/TW được Tỉnh ủy triển khai bằng Kế hoạch số 12-KH/TU.", None),
])
def test_the_means_after_bằng_is_issued_by_the_clause_s_subject(text, issuer):
    last = find_citations(text, place("Long An"))[-1]
    assert (last.issuer.name if last.issuer else None) == issuer


@pytest.mark.parametrize("text, issuers", [
    # regression: a clause after "; " that goes on with "đồng thời" and no subject of its own ("Ban Thường vụ LĐLĐ
    # tỉnh đã ban hành A; đồng thời ký Quy chế phối hợp số 02/QCPH-… với Sở …" gave the rule no issuer, level unknown)
    ("Ban Thường vụ LĐLĐ tỉnh đã ban hành Chương trình hành động số 18/CTr-LĐLĐ ngày 5/1/2017; đồng thời ký Quy chế "
     "phối hợp số 02/QCPH-LĐLĐ-STTTT ngày 20/3/2018 với Sở Thông tin và Truyền thông.",
     ["Ban Thường vụ Liên đoàn Lao động tỉnh Hà Tĩnh"] * 2),
    # … a subject of its own stays its own
    ("Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 12-KH/TU; đồng thời UBND tỉnh ban hành Kế hoạch số 30/KH-UBND.",
     ["Ban Thường vụ Tỉnh ủy Hà Tĩnh", "UBND tỉnh Hà Tĩnh"]),
])
def test_a_clause_that_goes_on_after_a_semicolon_has_the_subject_before(text, issuers):
    assert [c.issuer.name if c.issuer else None for c in find_citations(text, place("Hà Tĩnh")) if c.issued] == issuers


@pytest.mark.parametrize("text, issuers", [
    # regression: bodies named in turn issue in turn ("HĐND huyện Lệ Thủy và HĐND huyện Quảng Ninh lần lượt thông qua
    # A1 và A2" gave both to the provincial council; "Ban Thường vụ Tỉnh ủy và Ban Thường vụ Huyện ủy … lần lượt ban
    # hành A1 và A2" dropped "Ban Thường vụ")
    ("Ngày 20 và 22/8/2024, HĐND huyện Can Lộc và HĐND huyện Đức Thọ lần lượt thông qua Nghị quyết số 40/NQ-HĐND và "
     "Nghị quyết số 52/NQ-HĐND tán thành chủ trương sắp xếp.", ["HĐND huyện Can Lộc", "HĐND huyện Đức Thọ"]),
    ("Ban Thường vụ Tỉnh ủy và Ban Thường vụ Huyện ủy Can Lộc lần lượt ban hành Kết luận số 860-KL/TU ngày 25/7/2024 "
     "và Kết luận số 215-KL/HU ngày 1/8/2024.", ["Ban Thường vụ Tỉnh ủy Hà Tĩnh", "Ban Thường vụ Huyện ủy Can Lộc"]),
])
def test_bodies_named_in_turn_issue_in_turn(text, issuers):
    assert [c.issuer.name if c.issuer else None for c in find_citations(text, place("Hà Tĩnh")) if c.issued] == issuers


@pytest.mark.parametrize("text, issued", [
    # regression: the unnumbered documents listed after the first one a clause issues had no issuer nor date ("HĐND
    # thị xã An Nhơn cũng thông qua Nghị quyết về kế hoạch đầu tư công năm 2023 và Nghị quyết về dự toán ngân sách năm
    # 2023": the second resolution's level unknown)
    ("Ngày 5/3/2024, UBND huyện Can Lộc đã ban hành Kế hoạch tuyên truyền cải cách hành chính năm 2024, Kế hoạch kiểm "
     "tra công tác cải cách hành chính năm 2024 và Chương trình chuyển đổi số.",
     [("UBND huyện Can Lộc", "2024-03-05")] * 3),
    ("Tại kỳ họp, HĐND huyện Can Lộc cũng thông qua Nghị quyết về kế hoạch đầu tư công năm 2023 và Nghị quyết về dự "
     "toán ngân sách năm 2023.", [("HĐND huyện Can Lộc", None)] * 2),
    # regression: … and after "; ", each with its own title ("kỳ họp đã thông qua 8 nghị quyết, gồm: Nghị quyết về …;
    # Nghị quyết về …": only the first was a document)
    ("Tại kỳ họp, HĐND huyện Can Lộc đã thông qua 6 nghị quyết, gồm: Nghị quyết về nhiệm vụ phát triển kinh tế - xã "
     "hội năm 2024; Nghị quyết về dự toán ngân sách huyện năm 2024; Nghị quyết về kế hoạch đầu tư công năm 2024.",
     [("HĐND huyện Can Lộc", None)] * 3),
    # regression: … or named by what it does ("…; Nghị quyết phê chuẩn quyết toán …; Nghị quyết bãi bỏ Nghị quyết số
    # 15/2019/NQ-HĐND …": no document after the first)
    ("Tại kỳ họp, HĐND huyện Can Lộc đã thông qua 9 nghị quyết, gồm: Nghị quyết về dự toán ngân sách huyện năm 2024; "
     "Nghị quyết phê chuẩn quyết toán ngân sách huyện năm 2022; Nghị quyết bãi bỏ Nghị quyết số 15/2019/NQ-HĐND ngày "
     "11/7/2019 của HĐND huyện; Nghị quyết điều chỉnh kế hoạch đầu tư công năm 2024.",
     [("HĐND huyện Can Lộc", None)] * 4),
    # regression: … and the one or two a session's report picks out of them ("…, đáng chú ý là Nghị quyết về …",
    # "Trong số 12 nghị quyết được … thông qua, …", "… Nổi bật là Nghị quyết về …": no document)
    ("Tại kỳ họp, HĐND huyện Can Lộc đã thông qua 14 nghị quyết, đáng chú ý là Nghị quyết về dự toán ngân sách huyện "
     "năm 2024.", [("HĐND huyện Can Lộc", None)]),
    ("Trong số 12 nghị quyết được HĐND huyện Can Lộc thông qua tại kỳ họp, đáng chú ý là Nghị quyết về kế hoạch đầu "
     "tư công năm 2024.", [("HĐND huyện Can Lộc", None)]),
    ("HĐND huyện Can Lộc đã thông qua 14 nghị quyết. Nổi bật là Nghị quyết về dự toán ngân sách huyện năm 2024.",
     [("HĐND huyện Can Lộc", None)]),
    # regression: … the count split before the list opens in the next sentence ("… thông qua 24 nghị quyết, trong đó
    # có 9 nghị quyết quy phạm pháp luật. Đáng chú ý là: Nghị quyết …; Nghị quyết …": no document), the session the
    # subject with its steps before the verb ("Kỳ họp đã xem xét, thông qua …": no issuer)
    ("Chiều 15/12, HĐND huyện Can Lộc khóa XX bế mạc kỳ họp thứ 11. Kỳ họp đã xem xét, thông qua 18 nghị quyết, trong "
     "đó có 4 nghị quyết chuyên đề. Đáng chú ý là: Nghị quyết quy định mức hỗ trợ cán bộ thôn, tổ dân phố; Nghị quyết "
     "về kế hoạch đầu tư công năm 2024.", [("HĐND huyện Can Lộc", None)] * 2),
    # regression: … the list opening the next paragraph, with two openers ("… thông qua 12 nghị quyết.\n\nTrong đó, đáng
    # chú ý là Nghị quyết sửa đổi …": no document)
    ("HĐND huyện Nghi Xuân đã thông qua 12 nghị quyết.\n\nTrong đó, đáng chú ý là Nghị quyết sửa đổi, bổ sung một số "
     "điều của Nghị quyết số 15/2021/NQ-HĐND về hỗ trợ phát triển nông nghiệp.", [("HĐND huyện Nghi Xuân", None)]),
    # regression: … the session the subject with its council in apposition and its closing before the verb ("Kỳ họp thứ
    # 8, HĐND huyện …, nhiệm kỳ 2021-2026 đã bế mạc sau 2 ngày làm việc, thông qua …": no issuer), after a dateline
    ("Hà Tĩnh, 14/7/2023 - Kỳ họp thứ 8, HĐND huyện Hương Sơn khóa XX, nhiệm kỳ 2021-2026 đã bế mạc sau 2 ngày làm "
     "việc, thông qua 10 nghị quyết, trong đó có Nghị quyết về kế hoạch đầu tư công năm 2024.",
     [("HĐND huyện Hương Sơn", None)]),
    # regression: … the list opening the next paragraph with the counted documents restated before its colon ("… thông
    # qua 16 nghị quyết.\n\nCác nghị quyết được thông qua gồm: …": no document)
    ("Chiều 10/7, HĐND tỉnh Bình Định khóa XIII bế mạc kỳ họp thứ 14. Kỳ họp đã xem xét, thông qua 16 nghị quyết.\n\n"
     "Các nghị quyết được thông qua gồm: Nghị quyết quy định mức thu phí tham quan di tích; Nghị quyết về kế hoạch "
     "đầu tư công năm 2025.", [("HĐND tỉnh Bình Định", None)] * 2),
    ("HĐND huyện Hương Khê đã thông qua 9 nghị quyết. Những nghị quyết vừa được thông qua gồm: Nghị quyết về dự toán "
     "ngân sách huyện năm 2025; Nghị quyết quy định mức chi tiếp khách.", [("HĐND huyện Hương Khê", None)] * 2),
    # … and one with its own body keeps it
    ("Ban Thường vụ Huyện ủy đã ban hành chương trình và kế hoạch của Ban Chỉ đạo 35 huyện.",
     [("Ban Thường vụ Huyện ủy", None), ("Ban Chỉ đạo 35 huyện", None)]),
    # regression: … past whose the first item is, that being no issuer ("ban hành Quy chế làm việc của Ban Chỉ đạo và
    # Chương trình công tác năm 2022": the programme was lost)
    ("Ngày 12/7/2022, Ban Thường vụ Huyện ủy Can Lộc đã ban hành Quy chế làm việc của Ban Chỉ đạo và Chương trình "
     "công tác năm 2022.", [("Ban Thường vụ Huyện ủy Can Lộc", "2022-07-12")] * 2),
    # regression: … or past a bracketed aside on it ("ban hành Quy chế hoạt động (sửa đổi, bổ sung) và Kế hoạch công tác
    # năm 2025": the plan was lost)
    ("Ngày 20/3/2025, Ban Thường vụ Huyện ủy Nghi Xuân đã ban hành Quy chế hoạt động của Ban Chỉ đạo (sửa đổi, bổ sung) "
     "và Kế hoạch công tác năm 2025.", [("Ban Thường vụ Huyện ủy Nghi Xuân", "2025-03-20")] * 2),
    ("Ngày 5/1/2026, Đảng ủy xã Cẩm Bình thông qua Quy chế làm việc khóa I (sửa đổi) và Chương trình kiểm tra, giám "
     "sát năm 2026.", [("Đảng ủy xã Cẩm Bình", "2026-01-05")] * 2),
])
def test_unnumbered_documents_issued_in_one_list_share_the_clause_s_subject(text, issued):
    assert [(c.issuer.name if c.issuer else None, c.date) for c in find_citations(text, place("Hà Tĩnh"))
            if c.issued] == issued


@pytest.mark.parametrize("text, issued", [
    # regression: the next item of a list, of its type and by a body of its kind in another unit, was no issued item
    # ("hai tỉnh … đã ban hành A1 … của Tỉnh ủy Phú Thọ và A2 … của Tỉnh ủy Yên Bái")
    ("Hai tỉnh Phú Thọ và Yên Bái đã ban hành Chương trình hành động số 31-CTr/TU ngày 6/5/2022 của Tỉnh ủy Phú Thọ và "
     "Chương trình hành động số 17-CTr/TU ngày 15/4/2022 của Tỉnh ủy Yên Bái.", ["31-CTr/TU", "17-CTr/TU"]),
    # … not one of another kind of body in its unit, which the means may name ("thông qua A1 của Ban Thường vụ Tỉnh ủy
    # và A2 của UBND tỉnh": A1 alone is the means' issued one)
    ("Tỉnh đã triển khai Nghị quyết số 06-NQ/TW thông qua Kế hoạch số 82-KH/TU ngày 6/3/2017 của Ban Thường vụ Tỉnh ủy "
     "và Kế hoạch số 71/KH-UBND ngày 23/5/2017 của UBND tỉnh.", ["82-KH/TU"]),
])
def test_the_next_item_by_a_body_of_its_kind_elsewhere_is_issued_too(text, issued):
    assert [c.symbol.canonical for c in find_citations(text, place("Thanh Hóa")) if c.issued and c.symbol] == issued


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # regression: the second document issued by one verb had no issuer and no date of the clause
        ("Ngày 5/3/2024, Ban Thường vụ Huyện ủy Sơn Tịnh đã ban hành Kế hoạch số 12-KH/HU và Chương trình "
         "hành động số 08-CTr/HU về thực hiện chuyên đề toàn khóa.",
         [("12-KH/HU", True, "Ban Thường vụ Huyện ủy Sơn Tịnh", "2024-03-05"),
          ("08-CTr/HU", True, "Ban Thường vụ Huyện ủy Sơn Tịnh", "2024-03-05")]),
        ("Huyện ủy Sơn Tịnh ban hành Kế hoạch số 12-KH/HU, ngày 20/7/2016, Hướng dẫn số 03-HD/HU, ngày "
         "1/8/2016.",
         [("12-KH/HU", True, "Huyện ủy Sơn Tịnh", "2016-07-20"), ("03-HD/HU", True, "Huyện ủy Sơn Tịnh", "2016-08-01")]),
        # a document with an issuer of its own is cited beside it, not issued with it
        ("Huyện ủy Sơn Tịnh ban hành Kế hoạch số 12-KH/HU và Chỉ thị số 05-CT/TW của Bộ Chính trị.",
         [("12-KH/HU", True, "Huyện ủy Sơn Tịnh", None), ("05-CT/TW", False, "Bộ Chính trị", None)]),
        # regression: a symbol without its noun listed after the issued one had no issuer ("UBND" of unknown level)
        ("Ngày 3/3/2025, Huyện ủy Sơn Tịnh ban hành Kế hoạch số 12-KH/HU, 15-KH/HU và 20-KH/HU.",
         [("12-KH/HU", True, "Huyện ủy Sơn Tịnh", "2025-03-03"), ("15-KH/HU", True, "Huyện ủy Sơn Tịnh", "2025-03-03"),
          ("20-KH/HU", True, "Huyện ủy Sơn Tịnh", "2025-03-03")]),
        # what the issued one implements is not issued
        ("Huyện ủy Sơn Tịnh ban hành Kế hoạch số 12-KH/HU thực hiện Chỉ thị số 05-CT/TW và Kết luận số 01-KL/TW.",
         [("12-KH/HU", True, "Huyện ủy Sơn Tịnh", None), ("05-CT/TW", False, None, None),
          ("01-KL/TW", False, None, None)]),
        ("Huyện ủy Sơn Tịnh ban hành Kế hoạch số 12-KH/HU thực hiện Chỉ thị số 05-CT/TW và 06-CT/TW.",
         [("12-KH/HU", True, "Huyện ủy Sơn Tịnh", None), ("05-CT/TW", False, None, None),
          ("06-CT/TW", False, None, None)]),
        # regression: an item of the issued one's type after what that one carries out, of another type, was not
        # issued ("Kế hoạch số 28-KH/HU" took the programme's issuer)
        ("Ban Thường vụ Huyện ủy Sơn Tịnh đã ban hành Kế hoạch số 15-KH/HU ngày 10/12/2010 thực hiện Chương trình số "
         "04-CTr/TU, Kế hoạch số 28-KH/HU ngày 5/7/2016 thực hiện Chương trình số 06-CTr/TU.",
         [("15-KH/HU", True, "Ban Thường vụ Huyện ủy Sơn Tịnh", "2010-12-10"), ("04-CTr/TU", False, None, None),
          ("28-KH/HU", True, "Ban Thường vụ Huyện ủy Sơn Tịnh", "2016-07-05"), ("06-CTr/TU", False, None, None)]),
        # regression: … nor one of another type of the issuer's code that carries out an object of its own ("… ban hành
        # Chương trình hành động số 38-CTr/TU … thực hiện B1 và Kế hoạch số 146-KH/TU … thực hiện B2": the plan took the
        # default Tỉnh ủy, undated, and "hai văn bản nói trên" after it went to B2 and B3)
        ("Ban Chấp hành Đảng bộ huyện Sơn Tịnh đã ban hành Chương trình hành động số 38-CTr/HU ngày 18/9/2018 thực hiện "
         "Nghị quyết số 26-NQ/TW và Kế hoạch số 146-KH/HU ngày 20/9/2018 thực hiện Nghị quyết số 27-NQ/TW.",
         [("38-CTr/HU", True, "Ban Chấp hành Đảng bộ huyện Sơn Tịnh", "2018-09-18"), ("26-NQ/TW", False, None, None),
          ("146-KH/HU", True, "Ban Chấp hành Đảng bộ huyện Sơn Tịnh", "2018-09-20"), ("27-NQ/TW", False, None, None)]),
        # regression: … and after "; ", the next items too ("…; Chương trình hành động số 19-CTr/TU thực hiện … và
        # Chương trình hành động số 20-CTr/TU thực hiện …" were not issued: no issuer, no date)
        ("Ngày 20 tháng 10 năm 2008, Ban Chấp hành Đảng bộ huyện Sơn Tịnh đã ban hành Chương trình hành động số "
         "18-CTr/HU thực hiện Nghị quyết số 26-NQ/TW ngày 5/8/2008 của Ban Chấp hành Trung ương Đảng; Chương trình hành "
         "động số 19-CTr/HU thực hiện Nghị quyết số 27-NQ/TW ngày 6/8/2008 và Chương trình hành động số 20-CTr/HU thực "
         "hiện Nghị quyết số 25-NQ/TW ngày 25/7/2008.",
         [("18-CTr/HU", True, "Ban Chấp hành Đảng bộ huyện Sơn Tịnh", "2008-10-20"),
          ("26-NQ/TW", False, "Ban Chấp hành Trung ương Đảng", "2008-08-05"),
          ("19-CTr/HU", True, "Ban Chấp hành Đảng bộ huyện Sơn Tịnh", "2008-10-20"), ("27-NQ/TW", False, None, "2008-08-06"),
          ("20-CTr/HU", True, "Ban Chấp hành Đảng bộ huyện Sơn Tịnh", "2008-10-20"), ("25-NQ/TW", False, None, "2008-07-25")]),
        # … not a second object of the same type as the first
        ("UBND tỉnh ban hành Kế hoạch số 12/KH-UBND thực hiện Kế hoạch số 45-KH/TU, Kế hoạch số 50-KH/TU.",
         [("12/KH-UBND", True, "UBND tỉnh Quảng Ngãi", None), ("45-KH/TU", False, None, None),
          ("50-KH/TU", False, None, None)]),
        # regression: the next item after what the first issued one does, said in place of a title ("… ban hành Quyết
        # định số 07-QĐ/ĐU, ngày 10/7/2025 thành lập Tiểu ban Văn kiện đại hội và Quyết định số 08-QĐ/ĐU thành lập …"
        # gave the second no issuer: the code's "Đảng ủy" of the province)
        ("Huyện ủy Sơn Tịnh đã ban hành Quyết định số 07-QĐ/HU, ngày 10/7/2025 thành lập Tiểu ban Văn kiện đại hội và "
         "Quyết định số 08-QĐ/HU thành lập Tiểu ban Nhân sự.",
         [("07-QĐ/HU", True, "Huyện ủy Sơn Tịnh", "2025-07-10"), ("08-QĐ/HU", True, "Huyện ủy Sơn Tịnh", None)]),
        # regression: … a description with its years ("… quy định mức thu học phí năm học 2024 - 2025 và Nghị quyết số
        # 22/2024/NQ-HĐND …"), or one that adjusts ("… điều chỉnh kế hoạch đầu tư công năm 2024 và …"), left the second
        # undated: its body the code named, not the clause that passed it
        ("Ngày 12/7/2024, HĐND tỉnh Quảng Ngãi thông qua Nghị quyết số 21/2024/NQ-HĐND quy định mức thu học phí năm học "
         "2024 - 2025 và Nghị quyết số 22/2024/NQ-HĐND quy định mức hỗ trợ nhân viên y tế thôn.",
         [("21/2024/NQ-HĐND", True, "HĐND tỉnh Quảng Ngãi", "2024-07-12"),
          ("22/2024/NQ-HĐND", True, "HĐND tỉnh Quảng Ngãi", "2024-07-12")]),
        ("Ngày 12/7/2024, HĐND huyện Sơn Tịnh thông qua Nghị quyết số 31/NQ-HĐND điều chỉnh kế hoạch đầu tư công năm 2024 "
         "và Nghị quyết số 32/NQ-HĐND về phân bổ dự toán ngân sách.",
         [("31/NQ-HĐND", True, "HĐND huyện Sơn Tịnh", "2024-07-12"), ("32/NQ-HĐND", True, "HĐND huyện Sơn Tịnh", "2024-07-12")]),
        # regression: the third item of an issued list was not issued (the verb was looked for before the second)
        ("Huyện ủy Sơn Tịnh đã ban hành Kế hoạch số 58-KH/HU ngày 20/2/2015, Kế hoạch số 59-KH/HU ngày 20/2/2016 và "
         "Công văn số 2386-CV/HU.",
         [("58-KH/HU", True, "Huyện ủy Sơn Tịnh", "2015-02-20"), ("59-KH/HU", True, "Huyện ủy Sơn Tịnh", "2016-02-20"),
          ("2386-CV/HU", True, "Huyện ủy Sơn Tịnh", None)]),
        # regression: an enumeration after the verb's colon was issued by nothing ("đã ban hành: (1) Chương trình hành động
        # số 35-CTr/TU …; (2) Chỉ thị số 22-CT/TU …" had no issuer, and the lead's relation reached none of them)
        ("Huyện ủy Sơn Tịnh đã ban hành: (1) Chương trình hành động số 35-CTr/HU ngày 10/1/2025; (2) Chỉ thị số 22-CT/HU "
         "ngày 5/3/2025 về chuyển đổi số; (3) Quyết định số 1420-QĐ/HU ngày 15/1/2025.",
         [("35-CTr/HU", True, "Huyện ủy Sơn Tịnh", "2025-01-10"), ("22-CT/HU", True, "Huyện ủy Sơn Tịnh", "2025-03-05"),
          ("1420-QĐ/HU", True, "Huyện ủy Sơn Tịnh", "2025-01-15")]),
        # … not one still to come
        ("Thời gian tới, Huyện ủy Sơn Tịnh sẽ ban hành: Kế hoạch số 35-KH/HU; Chỉ thị số 22-CT/HU.",
         [("35-KH/HU", False, None, None), ("22-CT/HU", False, None, None)]),
        # regression: an enumeration's next item after an item that ends on what it carries out was issued by nothing
        # (a town's "…-CT/TU" went to the Tỉnh ủy), and so was every item after it
        ("Ban Thường vụ Thị ủy Đức Phổ đã ban hành: Kế hoạch số 40-KH/TU thực hiện Chỉ thị số 05-CT/TW; Chương trình "
         "số 08-CTr/TU thực hiện Kết luận số 01-KL/TW; Chỉ thị số 06-CT/TU về phòng, chống thiên tai; Quy "
         "định số 03-QĐ/TU và Quyết định số 210-QĐ/TU.",
         [("40-KH/TU", True, "Ban Thường vụ Thị ủy Đức Phổ", None), ("05-CT/TW", False, None, None),
          ("08-CTr/TU", True, "Ban Thường vụ Thị ủy Đức Phổ", None), ("01-KL/TW", False, None, None), ("06-CT/TU", True, "Ban Thường vụ Thị ủy Đức Phổ", None),
          ("03-QĐ/TU", True, "Ban Thường vụ Thị ủy Đức Phổ", None), ("210-QĐ/TU", True, "Ban Thường vụ Thị ủy Đức Phổ", None)]),
        # … not a document of another code after the "; ", one more object perhaps
        ("Ban Thường vụ Thị ủy Đức Phổ đã ban hành: Kế hoạch số 40-KH/TU thực hiện Chỉ thị số 05-CT/TW; Kết luận số "
         "01-KL/TW.",
         [("40-KH/TU", True, "Ban Thường vụ Thị ủy Đức Phổ", None), ("05-CT/TW", False, None, None),
          ("01-KL/TW", False, None, None)]),
        # regression: a list after the documents the verb counts was issued by nothing ("Ban Thường vụ Thị ủy … đã ban
        # hành 4 nghị quyết chuyên đề, trong đó có Nghị quyết số 02-NQ/TU" gave the resolution to the Tỉnh ủy)
        ("Ban Thường vụ Thị ủy Đức Phổ đã ban hành 4 nghị quyết chuyên đề, trong đó có Nghị quyết số 02-NQ/TU ngày "
         "10/3/2021 về phát triển nông nghiệp.",
         [("02-NQ/TU", True, "Ban Thường vụ Thị ủy Đức Phổ", "2021-03-10")]),
        ("Ban Thường vụ Thị ủy Đức Phổ đã ban hành 3 chỉ thị, gồm: Chỉ thị số 05-CT/TU ngày 5/4/2021; Chỉ thị số "
         "06-CT/TU ngày 6/5/2021.",
         [("05-CT/TU", True, "Ban Thường vụ Thị ủy Đức Phổ", "2021-04-05"),
          ("06-CT/TU", True, "Ban Thường vụ Thị ủy Đức Phổ", "2021-05-06")]),
        ("UBND thị xã Đức Phổ đã ban hành nhiều văn bản. Trong đó có Kế hoạch số 68/KH-UBND ngày 5/4/2021 và Kế hoạch "
         "số 70/KH-UBND ngày 7/4/2021.",
         [("68/KH-UBND", True, "UBND thị xã Đức Phổ", "2021-04-05"), ("70/KH-UBND", True, "UBND thị xã Đức Phổ", "2021-04-07")]),
        # … not what the counted documents carry out, nor documents still to come
        ("Ban Thường vụ Thị ủy Đức Phổ đã ban hành nhiều văn bản thực hiện các nghị quyết, như Nghị quyết số 05-NQ/TU "
         "ngày 5/4/2021 của Tỉnh ủy.",
         [("05-NQ/TU", False, "Tỉnh ủy Quảng Ngãi", "2021-04-05")]),
        ("Thời gian tới, Thị ủy Đức Phổ sẽ ban hành 3 chỉ thị, như Chỉ thị số 05-CT/TU về chuyển đổi số.",
         [("05-CT/TU", False, None, None)]),
    ],
)
def test_the_next_item_of_an_issued_list_is_issued_by_the_same_clause(text, expected):
    cited = find_citations(text, place("Quảng Ngãi", "Sơn Tịnh"))
    assert [(c.symbol.canonical, c.issued, c.issuer.name if c.issuer else None, c.date) for c in cited] == expected


@pytest.mark.parametrize(("text", "expected"), [
        # the count told over a whole sentence, what the documents do after it, the list opening the next sentence
        ("Kỳ họp đã thông qua 12 nghị quyết để triển khai Nghị quyết số 136/2024/QH15 của Quốc hội về tổ chức chính "
         "quyền đô thị. Trong đó, Nghị quyết số 15/2024/NQ-HĐND quy định mức chi tiếp khách.",
         [("136/2024/QH15", False, "Quốc hội", None), ("15/2024/NQ-HĐND", True, None, None)]),
        ("Năm 2021, Huyện ủy Sơn Tịnh đã ban hành 5 kế hoạch thực hiện Nghị quyết Đại hội Đảng bộ tỉnh.\n\nCụ thể, "
         "Kế hoạch số 07-KH/HU ngày 5/4/2021 về chuyển đổi số.", [("07-KH/HU", True, "Huyện ủy Sơn Tịnh", "2021-04-05")]),
        # … a count of documents only ("… có 5 xã đạt chuẩn. Trong đó, …" issues nothing)
        ("Năm 2021, huyện Sơn Tịnh có 5 xã đạt chuẩn nông thôn mới. Trong đó, Quyết định số 07/QĐ-UBND ngày 5/4/2021 "
         "công nhận xã Tịnh Hà.", [("07/QĐ-UBND", False, None, "2021-04-05")]),
])
def test_a_list_opening_the_sentence_after_a_count_of_documents_is_issued_by_its_verb(text, expected):
    cited = [c for c in find_citations(text, place("Quảng Ngãi", "Sơn Tịnh")) if c.symbol]
    assert [(c.symbol.canonical, c.issued, c.issuer.name if c.issuer else None, c.date) for c in cited] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # regression: an item after the document an issued one's title is about ("… Quyết định số 25-QĐ/ĐU về Quy chế
        # làm việc của … và Chương trình … số 03-CTr/ĐU") was not issued: the list's previous item was the Quy chế
        ("Ban Thường vụ Đảng ủy phường Vinh Phú đã ban hành Quyết định số 25-QĐ/ĐU về Quy chế làm việc của Ủy ban Kiểm "
         "tra Đảng ủy phường nhiệm kỳ 2025 - 2030 và Chương trình kiểm tra, giám sát số 03-CTr/ĐU năm 2025.",
         [("25-QĐ/ĐU", True, "Ban Thường vụ Đảng ủy phường Vinh Phú"),
          ("03-CTr/ĐU", True, "Ban Thường vụ Đảng ủy phường Vinh Phú")]),
        # … not after a document the title acts on
        ("Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 12-KH/TU về tổng kết Chương trình hành động của Tỉnh ủy và Chỉ thị "
         "số 10-CT/TU.", [("12-KH/TU", True, "Ban Thường vụ Tỉnh ủy Nghệ An"), ("10-CT/TU", False, None)]),
    ],
)
def test_an_item_after_what_an_issued_title_is_about_is_issued(text, expected):
    cited = [c for c in find_citations(text, place("Nghệ An")) if c.symbol]
    assert [(c.symbol.canonical, c.issued, c.issuer.name if c.issuer else None) for c in cited] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # regression: one noun before several bare numbers ("các Nghị quyết 57, 59, 66 và 68") cited only the first,
        # and "các" between the verb and the noun hid the verb
        ("Chỉ trong hơn 4 tháng, Bộ Chính trị đã ban hành các Nghị quyết 57, 59, 66 và 68.",
         [("Nghị quyết", "57", True, "Bộ Chính trị"), ("Nghị quyết", "59", True, "Bộ Chính trị"),
          ("Nghị quyết", "66", True, "Bộ Chính trị"), ("Nghị quyết", "68", True, "Bộ Chính trị")]),
        # regression: each number after its own "số" ("hai Nghị quyết chuyên đề số 05 và số 06") cited only the first,
        # and a count between the verb and the noun hid the verb
        ("Tỉnh ủy đã cụ thể hóa bằng hai Nghị quyết chuyên đề số 05 và số 06 ngày 12/3/2018.",
         [("Nghị quyết", "05", True, "Tỉnh ủy Hà Tĩnh"), ("Nghị quyết", "06", True, "Tỉnh ủy Hà Tĩnh")]),
        ("Ban Thường vụ Huyện ủy đã ban hành 3 Kế hoạch số 15, số 16 và số 17 về chuyển đổi số.",
         [("Kế hoạch", "15", True, "Ban Thường vụ Huyện ủy"), ("Kế hoạch", "16", True, "Ban Thường vụ Huyện ủy"),
          ("Kế hoạch", "17", True, "Ban Thường vụ Huyện ủy")]),
        # … but not a count of something else after "số"
        ("Huyện đã có Kế hoạch số 12 và số lượng đảng viên tăng 5%.", [("Kế hoạch", "12", True, None)]),
        # the list's tails come after its last number
        ("Tỉnh quán triệt Chỉ thị 35 và 45 của Bộ Chính trị.",
         [("Chỉ thị", "35", False, None), ("Chỉ thị", "45", False, "Bộ Chính trị")]),
        # regression: a list closed by commas alone ("hướng dẫn thực hiện Quyết định 217, 218.") cited only the first
        ("Ủy ban MTTQ tỉnh có Hướng dẫn số 07/HD-MTTQ-BTT hướng dẫn thực hiện Quyết định 217, 218 của Bộ Chính trị.",
         [("Hướng dẫn", "07", True, "Ủy ban MTTQ Việt Nam tỉnh Hà Tĩnh"), ("Quyết định", "217", False, None),
          ("Quyết định", "218", False, "Bộ Chính trị")]),
        ("Mặt trận giám sát theo Quyết định 217, 218; Quy định 124.",
         [("Quyết định", "217", False, None), ("Quyết định", "218", False, None), ("Quy định", "124", False, None)]),
        # … but not numbers of other things after it
        ("Thực hiện Kế hoạch 79, 100% chi bộ đã sinh hoạt chuyên đề; Quyết định 217, 10 năm qua.",
         [("Kế hoạch", "79", False, None), ("Quyết định", "217", False, None)]),
    ],
)
def test_one_noun_before_several_numbers_cites_each(text, expected):
    cited = find_citations(text, place("Hà Tĩnh"))
    assert [(c.type, c.number, c.issued, c.issuer.name if c.issuer else None) for c in cited] == expected


def test_a_long_list_of_bare_symbols_is_walked_back_once(monkeypatch):
    """Regression: each symbol of a list walked back over every item before it to find the verb
    (a page listing 1,000 symbols took 17 s, benchmarks/extract.py); now each step is taken once."""
    steps = 0
    listed_next = citations.LISTED_NEXT

    class CountedSteps:
        def fullmatch(self, *args):
            nonlocal steps
            steps += 1
            return listed_next.fullmatch(*args)

    monkeypatch.setattr(citations, "LISTED_NEXT", CountedSteps())
    text = ("Ngày 3/3/2025, Huyện ủy Sơn Tịnh ban hành Kế hoạch số 1-KH/HU, "
            + ", ".join(f"{i}-KH/HU" for i in range(2, 301)) + ".")
    cited = find_citations(text, place("Quảng Ngãi", "Sơn Tịnh"))
    assert len(cited) == 300
    assert all(c.issued and c.issuer.name == "Huyện ủy Sơn Tịnh" and c.date == "2025-03-03" for c in cited)
    assert steps < 3 * len(cited)


@pytest.mark.parametrize(("text", "day", "date"), [
    # regression: a relative day before the issuing verb, in a broadcast of a known day ("Bản tin thời sự tối 3/7/2025":
    # "Tại Hà Tĩnh, ngay trong chiều nay, UBND tỉnh đã ban hành Công văn số 3456/UBND-VX …" was undated)
    ("Tại Hà Tĩnh, ngay trong chiều nay, UBND tỉnh đã ban hành Công văn số 3456/UBND-VX.", "2025-07-03", "2025-07-03"),
    ("Chiều qua, UBND tỉnh đã ban hành Công văn số 3456/UBND-VX.", "2025-07-01", "2025-06-30"),
    # … not in an article of no date of its own (a stand-in from what it cites counts no day)
    ("Chiều nay, UBND tỉnh đã ban hành Công văn số 3456/UBND-VX.", None, None),
])
def test_a_relative_day_counts_from_the_article_s_own_date(text, day, date):
    [cited] = find_citations(text, place("Hà Tĩnh"), 2025, 0, day, day)
    assert cited.date == date
