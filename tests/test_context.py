"""loaders.context: the published date and the place an article is about.

Checked against the gold `place` and `published` of the annotated dev articles, and on
articles written here for each rule.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from loaders.context import _body_before, _host, detect
from loaders.readers import read_paths
from tests.conftest import DEV_CORPUS

DEV_NAMES = sorted(p.stem for p in DEV_CORPUS.glob("*.txt")) if DEV_CORPUS.is_dir() else []


def _gold_and_text(corpus: Path, name: str) -> tuple[dict, str]:
    gold = json.loads((corpus / f"{name}.gold.json").read_text(encoding="utf-8"))
    (article,) = list(read_paths([corpus / f"{name}.txt"]))
    return gold, article.text


def _lower(place: tuple[str | None, str | None]) -> tuple[str | None, str | None]:
    return tuple(p.lower() if p else None for p in place)  # "Đắk R'Lấp" is the gold's "Đắk R'lấp"


@pytest.mark.parametrize("name", DEV_NAMES)
def test_place_of_each_dev_article(dev_corpus: Path, name: str) -> None:
    gold, text = _gold_and_text(dev_corpus, name)
    place = detect(text).place
    assert _lower((place.province, place.district)) == _lower(
        (gold["place"]["province"], gold["place"]["district"]))


@pytest.mark.parametrize("name", DEV_NAMES)
def test_place_with_the_source_url(dev_corpus: Path, name: str) -> None:
    gold, text = _gold_and_text(dev_corpus, name)
    url = gold["source_url"] if gold["source_url"].startswith("http") else None
    place = detect(text, source_url=url).place
    assert _lower((place.province, place.district)) == _lower(
        (gold["place"]["province"], gold["place"]["district"]))


@pytest.mark.parametrize("name", DEV_NAMES)
def test_published_is_never_a_wrong_date(dev_corpus: Path, name: str) -> None:
    gold, text = _gold_and_text(dev_corpus, name)
    assert detect(text).published in (gold["published"], None)


def test_published_found_when_the_text_carries_it(dev_corpus: Path) -> None:
    # 5 of the 14 dated gold articles take their date from page metadata absent from the text
    dated = found = 0
    for name in DEV_NAMES:
        gold, text = _gold_and_text(dev_corpus, name)
        if gold["published"]:
            dated += 1
            found += detect(text).published == gold["published"]
    assert dated and found / dated >= 0.6


LEAD_PROVINCE = (
    "Sáng 14/9, Ban Thường vụ Tỉnh ủy tổ chức hội nghị sơ kết 10 năm thực hiện Chỉ thị số "
    "09-CT/TW ngày 01/12/2011 của Ban Bí thư về tăng cường sự lãnh đạo của Đảng đối với phong "
    "trào toàn dân bảo vệ an ninh Tổ quốc trong tình hình mới."
)
BODY_GENERIC = (
    "Các cấp ủy, chính quyền, Mặt trận Tổ quốc và các đoàn thể đã tích cực tuyên truyền, "
    "vận động nhân dân tham gia phong trào, góp phần giữ vững an ninh chính trị, trật tự an "
    "toàn xã hội trên địa bàn."
)


PRINTED_PLAN = (
    "Kế hoạch thực hiện Chỉ thị số 21-CT/TW của Ban Bí thư\n\nĐẢNG CỘNG SẢN VIỆT NAM\nHUYỆN ỦY CAN LỘC\n*\n"
    "Số 45-KH/HU\nCan Lộc, ngày 3 tháng 5 năm 2023\n\nKẾ HOẠCH\nThực hiện Chỉ thị số 21-CT/TW, ngày "
    "20/01/2023 của Ban Bí thư về tiếp tục đổi mới, nâng cao chất lượng, hiệu quả công tác phụ nữ trong tình "
    "hình mới\n\nThực hiện Chỉ thị số 21-CT/TW, Ban Thường vụ Huyện ủy ban hành Kế hoạch thực hiện như sau: "
    "các tổ chức cơ sở đảng quán triệt sâu sắc Chỉ thị đến cán bộ, đảng viên và hội viên phụ nữ."
)


@pytest.mark.parametrize(
    ("text", "metadata", "expected"),
    [
        # a bare weekday banner is the site's page date
        (f"Thứ Năm, ngày 4 tháng 6 năm 2020\n\nHội nghị sơ kết Chỉ thị 09\n\n{LEAD_PROVINCE}", None, None),
        # a stamp with a time, or a labelled date, is the publication
        (f"Hội nghị sơ kết Chỉ thị 09\n\n15/10/2019 09:59\n\n{LEAD_PROVINCE}", None, "2019-10-15"),
        (f"Hội nghị sơ kết Chỉ thị 09\n\nThứ Tư, 11/02/2015, 11:10 [GMT+7]\n\n{LEAD_PROVINCE}",
         None, "2015-02-11"),
        (f"Hội nghị sơ kết Chỉ thị 09\n\nCập nhật: 05-02-2013 | 00:00:00\n\n{LEAD_PROVINCE}",
         None, "2013-02-05"),
        (f"Hội nghị sơ kết Chỉ thị 09\n\nNgày đăng: 24/08/2012\n\n{LEAD_PROVINCE}", None, "2012-08-24"),
        # regression: a labelled date in brackets, or after another field of the line, was no publication date
        (f"Hội nghị sơ kết Chỉ thị 09\n\n(Ngày đăng: 24-08-2012)\n\n{LEAD_PROVINCE}", None, "2012-08-24"),
        (f"Hội nghị sơ kết Chỉ thị 09\n\nLượt xem: 120 | Ngày đăng: 24/08/2012\n\n{LEAD_PROVINCE}", None, "2012-08-24"),
        # a dated lead
        (f"Hội nghị sơ kết Chỉ thị 09\n\n(09/03/2020) {LEAD_PROVINCE}", None, "2020-03-09"),
        # regression: … opened by its place and date before a dash ("Quảng Ninh, 06/9/2024 - Chiều 5/9, …": the
        # lead's partial dates were left without a year); not by a phrase that names no place
        (f"Hội nghị sơ kết Chỉ thị 09\n\nLai Châu, ngày 15/9/2021 - {LEAD_PROVINCE}", None, "2021-09-15"),
        (f"Hội nghị sơ kết Chỉ thị 09\n\nHuyện Kỳ Anh, 15/9/2021 – {LEAD_PROVINCE}", None, "2021-09-15"),
        (f"Hội nghị sơ kết Chỉ thị 09\n\nTheo báo cáo, 15/9/2021 - {LEAD_PROVINCE}", None, None),
        # a lead reporting a local body's act that day; a central act is background
        ("UBND tỉnh ra chỉ thị về chuyển đổi số\n\nNgày 16/5/2022, UBND tỉnh Thanh Hóa ban hành "
         f"Chỉ thị số 06/CT-UBND về việc phát triển chính quyền điện tử. {BODY_GENERIC}", None, "2022-05-16"),
        ("Kế hoạch củng cố hệ thống chính trị cơ sở\n\nNgày 24 tháng 12 năm 2021, Ban Thường vụ "
         f"Thành ủy ban hành Kế hoạch số 88-KH/TU về củng cố hệ thống chính trị. {BODY_GENERIC}",
         None, "2021-12-24"),
        ("Hướng dẫn triển khai Kết luận 76\n\nNgày 9/6/2014, Ban Chấp hành Trung ương Đảng khóa XI "
         f"ban hành Nghị quyết số 33-NQ/TW về xây dựng và phát triển văn hóa. {BODY_GENERIC}", None, None),
        # regression: a dot inside an abbreviation ("TP.HCM") does not end the reported act's subject
        ("Phường Bến Thành triển khai Kết luận 150\n\nNgày 15/8/2025, Ban Thường vụ Đảng ủy phường Bến "
         "Thành (TP.HCM) ban hành Kế hoạch số 10-KH/ĐU thực hiện Kết luận số 150-KL/TW của Bộ Chính trị "
         f"về hướng dẫn xây dựng văn kiện đại hội đảng bộ cấp xã. {BODY_GENERIC}", None, "2025-08-15"),
        # regression: … after the outlet's byline (no date, so a post-reform article was not known as one)
        ("Phường Quy Nhơn Nam triển khai Nghị quyết 57\n\n(Baogialai.com.vn) - Ngày 19/8/2025, Ban Thường vụ Đảng "
         f"ủy phường Quy Nhơn Nam ban hành Kế hoạch số 12-KH/ĐU thực hiện Nghị quyết số 57-NQ/TW. {BODY_GENERIC}",
         None, "2025-08-19"),
        # regression: … when the body is a committee named by its Party organisation ("Ban Chấp hành Đảng bộ xã …")
        ("Đảng ủy xã Đồng Lộc ban hành Nghị quyết về du lịch\n\nNgày 25/9/2025, Ban Chấp hành Đảng bộ xã Đồng Lộc ban "
         f"hành Nghị quyết số 05-NQ/ĐU về phát triển du lịch giai đoạn 2025 - 2030. {BODY_GENERIC}", None, "2025-09-25"),
        ("Yên Bái ban hành chỉ thị\n\nNgày 6/8, Ban Thường vụ Tỉnh ủy Yên Bái đã ban hành Chỉ thị "
         f"số 17 về công tác nắm bắt dư luận xã hội. {BODY_GENERIC}", None, None),
        # regression: … or the meeting it held that day ("Ngày 28/5/2024, Đảng ủy xã … tổ chức hội nghị học tập …": a
        # bare "Quy định 144" of the article was dated by an older plan it cites, before the rule was issued)
        ("Đảng ủy xã Ea Tu học tập chuyên đề năm 2024\n\nNgày 28/5/2024, Đảng ủy xã Ea Tu (TP Buôn Ma Thuột, tỉnh Đắk "
         f"Lắk) tổ chức hội nghị học tập chuyên đề năm 2024 cho cán bộ, đảng viên. {BODY_GENERIC}", None, "2024-05-28"),
        # regression: an author's name beside a date is the article's stamp; a weekday is not a name
        (f"Hội nghị sơ kết Chỉ thị 09\n\nThu Hà | 15/09/2021\n\n{LEAD_PROVINCE}", None, "2021-09-15"),
        (f"Hội nghị sơ kết Chỉ thị 09\n\nThứ Năm | 04/06/2020\n\n{LEAD_PROVINCE}", None, None),
        # regression: … and so is the outlet's name ("Thời báo Tài chính - 12/5/2023", "Báo Đầu tư - 02/7/2025" had no
        # date: their lower-case words were no author's); not a line that names no outlet
        (f"Hội nghị sơ kết Chỉ thị 09\n\nThời báo Tài chính - 12/5/2023\n\n{LEAD_PROVINCE}", None, "2023-05-12"),
        (f"Hội nghị sơ kết Chỉ thị 09\n\nBáo Đầu tư - 02/7/2025\n\n{LEAD_PROVINCE}", None, "2025-07-02"),
        (f"Hội nghị sơ kết Chỉ thị 09\n\nKinh tế và Đô thị | 20/02/2025\n\n{LEAD_PROVINCE}", None, "2025-02-20"),
        (f"Hội nghị sơ kết Chỉ thị 09\n\nbáo cáo ngày - 02/7/2025\n\n{LEAD_PROVINCE}", None, None),
        # regression: a weekday dateline with no time right under the headline, or between a breadcrumb and it,
        # is the article's date (its partial dates "Ngày 29/10" were left without a year)
        (f"Hội nghị sơ kết Chỉ thị 09\nThứ ba, 02/11/2021\n\n{LEAD_PROVINCE}", None, "2021-11-02"),
        (f"Trang chủ > Thời sự > Chính trị\nThứ Năm, 26/09/2024\nHội nghị sơ kết Chỉ thị 09\n\n{LEAD_PROVINCE}",
         None, "2024-09-26"),
        (f"Thứ Năm, 26/09/2024\n\nHội nghị sơ kết Chỉ thị 09\n\n{LEAD_PROVINCE}", None, None),  # the page's banner
        # regression: a speech's place and date under its headline ("Yên Bái, ngày 20/1/2025") dates it; a line that
        # names no place does not
        (f"Phát biểu của Chủ tịch UBND tỉnh tại hội nghị tổng kết\nYên Bái, ngày 20/1/2025\n\n{LEAD_PROVINCE}",
         None, "2025-01-20"),
        (f"Phát biểu tại hội nghị tổng kết\n\nQuảng Trị, 18/5/2021\n\n{LEAD_PROVINCE}", None, "2021-05-18"),
        (f"Phát biểu tại hội nghị tổng kết\n\nKính thưa, ngày 18/5/2021\n\n{LEAD_PROVINCE}", None, None),
        # regression: a news bulletin's headline gives its day ("Bản tin thời sự trưa 20/11/2024", "Điểm tin Tây Bắc
        # ngày 12/3/2024": the bulletin's partial dates were left without a year); a date in another headline does not
        (f"Bản tin thời sự trưa 20/11/2024\n\n{LEAD_PROVINCE}", None, "2024-11-20"),
        (f"Điểm tin Tây Bắc ngày 12/3/2024\n\n{LEAD_PROVINCE}", None, "2024-03-12"),
        (f"Sơ kết Chỉ thị 09 ngày 12/3/2024\n\n{LEAD_PROVINCE}", None, None),
        # regression: … in capitals, after the station's name, or in the header line under the station's name (a radio
        # or TV transcript: "Sáng nay (18/5)" and "Ngày 10/9" in its briefs were left without a day or year)
        (f"ĐÀI PHÁT THANH - TRUYỀN HÌNH HÀ TĨNH\nBẢN TIN THỜI SỰ 19 GIỜ NGÀY 14/10/2022\n\n{LEAD_PROVINCE}", None,
         "2022-10-14"),
        (f"VTV1 - Thời sự 19h ngày 3/7/2021\n\n{LEAD_PROVINCE}", None, "2021-07-03"),
        (f"BẢN TIN: KẾ HOẠCH 12/KH-UBND NGÀY 5/8/2024\n\n{LEAD_PROVINCE}", None, None),  # a document's date
        # metadata wins
        (f"Hội nghị sơ kết Chỉ thị 09\n\n15/10/2019 09:59\n\n{LEAD_PROVINCE}",
         "2019-10-16T07:00:00+07:00", "2019-10-16"),
        # a date in the body is not a publication date
        (f"Hội nghị sơ kết Chỉ thị 09\n\n{LEAD_PROVINCE}\n\nNgày 20/8/2020, đoàn kiểm tra làm việc.",
         None, None),
        # regression: a page printing a document with its header block is dated by the document
        (PRINTED_PLAN, None, "2023-05-03"),
        (PRINTED_PLAN.replace("ĐẢNG CỘNG SẢN VIỆT NAM\n", ""), None, None),  # no motto: no header block
        (PRINTED_PLAN.replace("Kế hoạch thực hiện", "Cập nhật: 05/05/2023 08:10\n\nKế hoạch thực hiện", 1),
         None, "2023-05-05"),  # the page's own stamp first
    ],
)
def test_published(text: str, metadata: str | None, expected: str | None) -> None:
    assert detect(text, published=metadata).published == expected


@pytest.mark.parametrize(
    ("text", "url", "expected"),
    [
        # the title names the district; the province follows
        ("Can Lộc sơ kết 10 năm thực hiện Chỉ thị 09-CT/TW\n\nSáng 14/9, Ban Thường vụ Huyện ủy "
         "tổ chức hội nghị sơ kết 10 năm thực hiện Chỉ thị số 09-CT/TW của Ban Bí thư và Chương "
         "trình hành động số 448-CTr/TU của Ban Thường vụ Tỉnh ủy.", None, ("Hà Tĩnh", "Can Lộc")),
        # a byline that is a place
        (f"Sơ kết Chỉ thị 09\n\n(Can Lộc) - {LEAD_PROVINCE.replace('Tỉnh ủy', 'Huyện ủy')}",
         None, ("Hà Tĩnh", "Can Lộc")),
        # a byline that is a domain or an outlet's initials
        (f"Sơ kết Chỉ thị 09\n\n(Baohatinh.vn) - {LEAD_PROVINCE}", None, ("Hà Tĩnh", None)),
        (f"Sơ kết Chỉ thị 09\n\n(QBĐT) - {LEAD_PROVINCE}", None, ("Quảng Bình", None)),
        # regression: a province's paper named after it ("(Báo Gia Lai)") placed nothing
        (f"Sơ kết Chỉ thị 09\n\n(Báo Gia Lai) - {LEAD_PROVINCE}", None, ("Gia Lai", None)),
        # regression: more provincial papers' initials (the article had no place)
        (f"Sơ kết Chỉ thị 09\n\n(YBĐT) - {LEAD_PROVINCE}", None, ("Yên Bái", None)),
        (f"Sơ kết Chỉ thị 09\n\n(BDO) - {LEAD_PROVINCE}", None, ("Bình Dương", None)),
        # regression: the Hà Nội papers by their names alone ("(Hànộimới) - …", "(Kinh tế & Đô thị) - …" placed nothing)
        (f"Sơ kết Chỉ thị 09\n\n(Hànộimới) - {LEAD_PROVINCE}", None, ("Hà Nội", None)),
        (f"Sơ kết Chỉ thị 09\n\n(Kinh tế & Đô thị) - {LEAD_PROVINCE}", None, ("Hà Nội", None)),
        (f"Sơ kết Chỉ thị 09\n\n(KTĐT) - {LEAD_PROVINCE}", None, ("Hà Nội", None)),
        (f"Sơ kết Chỉ thị 09\n\n(CMO) - {LEAD_PROVINCE}", None, ("Cà Mau", None)),
        # regression: Báo Bình Định's "(BĐ)" placed nothing, and a district two provinces hold (An Lão, Vĩnh Thạnh) nowhere
        (f"Sơ kết Chỉ thị 09\n\n(BĐ) - {LEAD_PROVINCE}", None, ("Bình Định", None)),
        ("An Lão: Hiệu quả từ các chính sách dân tộc\n\n(BĐ) - Huyện ủy An Lão đã ban hành Nghị quyết số 08-NQ/HU "
         "ngày 12/1/2022 về lãnh đạo thực hiện Chương trình.", None, ("Bình Định", "An Lão")),
        # regression: an outlet's initials without brackets ("GLO- …", "STO - …") placed nothing
        (f"Sơ kết Chỉ thị 09\n\nGLO- {LEAD_PROVINCE}", None, ("Gia Lai", None)),
        (f"Sơ kết Chỉ thị 09\n\nSTO - {LEAD_PROVINCE}", None, ("Sóc Trăng", None)),
        # regression: the paper a story is taken from, or its author's, on a last line
        (f"Sơ kết Chỉ thị 09\n\n{LEAD_PROVINCE}\n\n{BODY_GENERIC}\n\nTheo Báo Bắc Giang", None,
         ("Bắc Giang", None)),
        (f"Sơ kết Chỉ thị 09\n\n{LEAD_PROVINCE}\n\nNguồn: baobacninh.vn", None, ("Bắc Ninh", None)),
        (f"Sơ kết Chỉ thị 09\n\n{LEAD_PROVINCE}\n\nMinh Hương (Báo Thái Nguyên)", None, ("Thái Nguyên", None)),
        (f"Sơ kết Chỉ thị 09\n\n{LEAD_PROVINCE}\n\n(Theo Báo Điện Biên Phủ)", None, ("Điện Biên", None)),
        # regression: an interview by the paper's own reporter ("phóng viên Báo Đắk Lắk có cuộc trao đổi với …") in an
        # article that names no other place placed nothing
        (f"Đưa Quy chế dân chủ vào cuộc sống\n\nNhân dịp này, phóng viên Báo Đắk Lắk có cuộc trao đổi với Trưởng Ban "
         f"Dân vận Tỉnh ủy.\n\n{BODY_GENERIC}", None, ("Đắk Lắk", None)),
        (f"Đưa Quy chế dân chủ vào cuộc sống\n\nNhân dịp này, phóng viên Báo Nhân Dân có cuộc trao đổi với Trưởng Ban "
         f"Dân vận Tỉnh ủy.\n\n{BODY_GENERIC}", None, (None, None)),
        # a national paper, or a closing sentence, names no province
        (f"Sơ kết Chỉ thị 09\n\n{LEAD_PROVINCE}\n\nTheo Báo Nhân Dân", None, (None, None)),
        (f"Sơ kết Chỉ thị 09\n\n{LEAD_PROVINCE}\n\nTheo kế hoạch, các xã hoàn thành trước tháng 9.", None,
         (None, None)),
        # the source URL
        (f"Sơ kết Chỉ thị 09\n\n{LEAD_PROVINCE}", "https://baoquangnam.vn/so-ket-chi-thi-09.html",
         ("Quảng Nam", None)),
        (f"Sơ kết Chỉ thị 09\n\n{LEAD_PROVINCE.replace('Tỉnh ủy', 'Quận ủy')}",
         "https://quan3.hochiminhcity.gov.vn/tin-tuc/so-ket.html", ("Hồ Chí Minh", "Quận 3")),
        # issuer prose in the body
        (f"Sơ kết Chỉ thị 09\n\n{LEAD_PROVINCE}\n\nBan Thường vụ Tỉnh ủy Gia Lai yêu cầu các cấp "
         "ủy tiếp tục quán triệt. UBND tỉnh Gia Lai ban hành kế hoạch thực hiện.", None, ("Gia Lai", None)),
        # a province article naming a district in passing keeps no district
        (f"Sơ kết Chỉ thị 09\n\nSáng 14/9, Tỉnh ủy Hà Tĩnh tổ chức hội nghị sơ kết 10 năm thực "
         f"hiện Chỉ thị số 09-CT/TW của Ban Bí thư về phong trào toàn dân bảo vệ an ninh Tổ quốc."
         f"\n\n{BODY_GENERIC} Công an xã Kim Song Trường (Can Lộc) là điển hình.", None, ("Hà Tĩnh", None)),
        # the lead's district when the article speaks of district bodies
        ("Chủ động giải quyết từ cơ sở\n\n(Thanhuytphcm.vn) - Sáng 23/8, Quận 11 đã tổ chức Hội "
         "nghị sơ kết thực hiện Kế hoạch 73-KH/QU ngày 13/8/2012 của Ban Thường vụ Quận ủy thực "
         "hiện Chương trình hành động số 26-CTr/TU của Thành ủy.\n\nBí thư Quận ủy phát biểu. "
         "Quận ủy giao UBND quận chỉ đạo các phường.", None, ("Hồ Chí Minh", "Quận 11")),
        # in a tỉnh, "thành phố X" is the provincial city, a district: the article is about it
        ("Hội nghị quán triệt Chỉ thị 05\n\nSáng 26/9, thành phố Thái Bình đã tổ chức hội nghị quán "
         "triệt thực hiện Kế hoạch số 221/KH-UBND ngày 1/9/2022 của UBND thành phố thực hiện Kế hoạch số "
         "304 của UBND tỉnh thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị.", None, ("Thái Bình", "Thái Bình")),
        ("Sơ kết Chỉ thị 09\n\nSáng 14/9, Thành ủy Cà Mau tổ chức hội nghị sơ kết 10 năm thực hiện Chỉ "
         "thị số 09-CT/TW ngày 01/12/2011 của Ban Bí thư về phong trào toàn dân bảo vệ an ninh Tổ quốc. "
         "UBND thành phố Cà Mau giao các phường triển khai.", None, ("Cà Mau", "Cà Mau")),
        ("Cà Mau sơ kết Chỉ thị 09\n\nSáng 14/9, Thành ủy Cà Mau tổ chức hội nghị sơ kết 10 năm thực hiện "
         "Chỉ thị số 09-CT/TW của Ban Bí thư về tăng cường sự lãnh đạo của Đảng đối với phong trào toàn "
         "dân bảo vệ an ninh Tổ quốc trong tình hình mới.", None, ("Cà Mau", "Cà Mau")),
        ("Sơ kết Chỉ thị 09\n\nSáng 14/9, Thành ủy Hà Nội tổ chức hội nghị sơ kết 10 năm thực hiện Chỉ thị "
         "số 09-CT/TW của Ban Bí thư về tăng cường sự lãnh đạo của Đảng đối với phong trào toàn dân bảo vệ "
         "an ninh Tổ quốc trong tình hình mới.", None, ("Hà Nội", None)),
        # a byline district beats the provincial city that shares the province's name
        ("Hà Tĩnh: sơ kết Chỉ thị 09\n\n(Cẩm Xuyên) - Sáng 14/9, Ban Thường vụ Huyện ủy tổ chức hội "
         "nghị sơ kết 10 năm thực hiện Chỉ thị số 09-CT/TW của Ban Bí thư và Chương trình hành động số "
         "448-CTr/TU của Ban Thường vụ Tỉnh ủy Hà Tĩnh về phong trào toàn dân bảo vệ an ninh Tổ quốc.",
         None, ("Hà Tĩnh", "Cẩm Xuyên")),
        # regression: a district named like a concept ("Thống Nhất") is a place after its committee
        ("Thống Nhất: quán triệt Chỉ thị 05 của Bộ Chính trị\n\n(Báo Đồng Nai) - Ngày 18/5, Ban Thường "
         "vụ Huyện ủy Thống Nhất đã ban hành Kế hoạch số 88-KH/HU về thực hiện Chỉ thị số 05-CT/TW ngày "
         "15/5/2016 của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ "
         "Chí Minh.\n\nHuyện ủy yêu cầu các tổ chức cơ sở đảng xây dựng kế hoạch cụ thể.", None,
         ("Đồng Nai", "Thống Nhất")),
        # regression: a lead shorter than most (VnExpress's, after its place stamp) was read as a
        # header line, and its district with it
        ("Huyện ủy kỷ luật cán bộ vi phạm trong công tác đất đai\n\nHà Tĩnh Ban Thường vụ Huyện ủy Can "
         "Lộc thi hành kỷ luật khiển trách Đảng ủy xã Thiên Lộc do vi phạm Quy định số 69-QĐ/TW.\n\nTheo "
         "Quyết định số 1250-QĐ/HU ngày 10/5 của Ban Thường vụ Huyện ủy, Đảng ủy xã đã buông lỏng lãnh "
         "đạo trong quản lý đất đai, để xảy ra nhiều trường hợp giao đất trái thẩm quyền.", None,
         ("Hà Tĩnh", "Can Lộc")),
        # a caption before the lead is not the lead
        ("Hội nghị sơ kết Chỉ thị 09\n\nĐồng chí Bí thư Huyện ủy Can Lộc phát biểu tại hội nghị sơ kết "
         f"10 năm. Ảnh: Thu Hà\n\n{LEAD_PROVINCE.replace('Tỉnh ủy', 'Tỉnh ủy Hà Tĩnh')}", None,
         ("Hà Tĩnh", None)),
        # regression: a section name or breadcrumb above the headline was taken for the title,
        # and the headline's district for a header line's
        (f"Xây dựng Đảng\n\nCan Lộc sơ kết 10 năm thực hiện Chỉ thị 09\n\n(Baohatinh.vn) - "
         f"{LEAD_PROVINCE.replace('Tỉnh ủy', 'Huyện ủy')}", None, ("Hà Tĩnh", "Can Lộc")),
        (f"Trang chủ > Chính trị > Xây dựng Đảng\n\nCan Lộc sơ kết 10 năm thực hiện Chỉ thị 09\n\n"
         f"(Baohatinh.vn) - {LEAD_PROVINCE.replace('Tỉnh ủy', 'Huyện ủy')}", None, ("Hà Tĩnh", "Can Lộc")),
        # regression: the lead's first place is who acts, not where the act happens nor one of a list
        (f"Tỉnh ủy sơ kết Chỉ thị 09\n\n(Baohatinh.vn) - {LEAD_PROVINCE.replace('Sáng 14/9,', 'Sáng 14/9, tại thành phố Hà Tĩnh,')}"
         "\n\nTỉnh ủy yêu cầu các huyện, thị, thành ủy tiếp tục quán triệt.", None, ("Hà Tĩnh", None)),
        (f"Tỉnh ủy sơ kết Chỉ thị 09\n\n(Baohatinh.vn) - {LEAD_PROVINCE.replace('Sáng 14/9,', 'Sáng 14/9, tại huyện Can Lộc,')}"
         "\n\nTỉnh ủy yêu cầu các huyện, thị, thành ủy tiếp tục quán triệt.", None, ("Hà Tĩnh", None)),
        ("Sơ kết Chỉ thị 09 ở cơ sở\n\n(Baohatinh.vn) - Sáng 14/9, các huyện Can Lộc, Thạch Hà và Cẩm Xuyên "
         "đồng loạt tổ chức hội nghị sơ kết 10 năm thực hiện Chỉ thị số 09-CT/TW ngày 01/12/2011 của Ban Bí "
         "thư về tăng cường sự lãnh đạo của Đảng đối với phong trào toàn dân bảo vệ an ninh Tổ quốc.\n\nBan "
         "Thường vụ Tỉnh ủy đánh giá cao kết quả các địa phương.", None, ("Hà Tĩnh", None)),
        # regression: a district that ends a list of bare level words is one kind of addressee, not what the lead
        # is about (the article of a city department was placed in Thủ Đức, and its "UBND TP" with it)
        ("TP.HCM: Sở Y tế yêu cầu các bệnh viện triển khai Luật Khám bệnh, chữa bệnh\n\nSGGP - Ngày 2/1, Sở Y tế "
         "TPHCM có Công văn số 45/SYT-NVY gửi các bệnh viện, trung tâm y tế quận, huyện, TP Thủ Đức về việc triển "
         "khai Luật Khám bệnh, chữa bệnh số 15/2023/QH15, có hiệu lực từ ngày 1/1/2024.\n\nCác đơn vị phổ biến "
         "Luật đến toàn thể nhân viên y tế; Trung tâm Y tế Quận 3 đã ban hành kế hoạch.", None,
         ("Hồ Chí Minh", None)),
        # regression: a place ending an organisation's name is not the article's district (the
        # university's city placed its article in the district of Vinh)
        ("Đảng ủy Trường Đại học Vinh quán triệt Nghị quyết\n\nNgày 20/11/2020, Đảng ủy Trường Đại học Vinh "
         "tổ chức hội nghị học tập, quán triệt Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Nghệ An lần thứ XIX "
         "cho cán bộ, đảng viên toàn Đảng bộ Trường.", None, ("Nghệ An", None)),
        # regression: a printed document's header block says where it is
        (PRINTED_PLAN, None, ("Hà Tĩnh", "Can Lộc")),
        # no place named: none guessed
        ("Đẩy mạnh phong trào\n\nChủ tịch UBND tỉnh vừa chỉ đạo tiếp tục đẩy mạnh phong trào Toàn "
         "dân bảo vệ an ninh Tổ quốc trong các cơ quan, doanh nghiệp, nhà trường đáp ứng yêu cầu "
         "nhiệm vụ bảo đảm an ninh trật tự trong tình hình mới.", None, (None, None)),
        ("Học tập và làm theo Bác\n\nCác cấp ủy đẩy mạnh học tập và làm theo tư tưởng, đạo đức, "
         "phong cách Hồ Chí Minh theo Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị, gắn với "
         "xây dựng, chỉnh đốn Đảng và hệ thống chính trị trong sạch, vững mạnh.", None, (None, None)),
        # regression: a commune's name that three provinces share, alone in the title, says no province
        # (it went to whichever the set of their codes gave first: Cà Mau)
        ("Xã Tân Lộc triển khai Chỉ thị số 21-CT/TW\n\nBan Thường vụ Đảng ủy xã đã ban hành Kế hoạch số "
         "45-KH/ĐU ngày 10/4/2023 thực hiện Chỉ thị số 21-CT/TW ngày 20/01/2023 của Ban Bí thư về công tác "
         "phụ nữ trong tình hình mới, với nhiều nhiệm vụ, giải pháp cụ thể.", None, (None, None)),
        # ... and the province the text names with it decides
        ("Xã Tân Lộc triển khai Chỉ thị số 21-CT/TW\n\nBan Thường vụ Đảng ủy xã Tân Lộc (huyện Thới Bình, "
         "tỉnh Cà Mau) đã ban hành Kế hoạch số 45-KH/ĐU ngày 10/4/2023 thực hiện Chỉ thị số 21-CT/TW ngày "
         "20/01/2023 của Ban Bí thư về công tác phụ nữ trong tình hình mới.", None, ("Cà Mau", "Thới Bình")),
        # regression: the title names a district by the kind it had then (a thị xã since 2020)
        ("Huyện Hoài Nhơn nâng cao chất lượng công tác phụ nữ\n\nBan Thường vụ Huyện ủy đã ban hành Kế hoạch "
         "số 45-KH/HU ngày 10/4/2019 thực hiện Nghị quyết số 11-NQ/TW của Bộ Chính trị về công tác phụ nữ "
         "thời kỳ đẩy mạnh công nghiệp hóa, hiện đại hóa đất nước.", None, ("Bình Định", "Hoài Nhơn")),
        # regression: a district renamed since, written by its name of then in an article of then, was named as now
        # ("Huyện ủy Tĩnh Gia" in 2015 was thị xã Nghi Sơn's, so its bare "Ban Thường vụ Huyện ủy" placed there too)
        ("Tĩnh Gia triển khai Chỉ thị 29\n\nNgày 15/4/2015, Ban Thường vụ Huyện ủy Tĩnh Gia tổ chức hội nghị quán triệt "
         "Chỉ thị số 29-CT/TU ngày 16/3/2015 của Ban Thường vụ Tỉnh ủy Thanh Hóa. Ban Thường vụ Huyện ủy đã thông qua "
         "Kế hoạch số 87-KH/HU.", None, ("Thanh Hóa", "Tĩnh Gia")),
        # … not when the text is of after the renaming
        ("Nghi Sơn triển khai Chỉ thị 29\n\nNgày 15/4/2022, Ban Thường vụ Thị ủy Nghi Sơn tổ chức hội nghị. Năm 2015, "
         "Huyện ủy Tĩnh Gia đã ban hành Kế hoạch số 87-KH/HU.", None, ("Thanh Hóa", "Nghi Sơn")),
        # regression: Hà Tây, a province until 31/7/2008, was missing: its district, which joined Hà Nội with it,
        # placed an article of 2007 in Hà Nội, and the province's documents with it
        ("Chương Mỹ kiên cố hóa kênh mương\n\nThứ Hai, 21/05/2007\n\nThực hiện Nghị quyết số 24/2006/NQ-HĐND ngày "
         "15-12-2006 của HĐND tỉnh Hà Tây, UBND huyện Chương Mỹ đã ban hành Kế hoạch số 19/KH-UBND ngày 20-2-2007 giao "
         "chỉ tiêu cụ thể cho từng xã.", None, ("Hà Tây", "Chương Mỹ")),
        # … and in an article of after it is Hà Nội's
        ("Chương Mỹ kiên cố hóa kênh mương\n\nThứ Ba, 21/05/2024\n\nThực hiện Nghị quyết số 12/2023/NQ-HĐND của "
         "HĐND thành phố Hà Nội, UBND huyện Chương Mỹ đã ban hành Kế hoạch số 19/KH-UBND ngày 20-2-2024 giao chỉ tiêu "
         "cụ thể cho từng xã.", None, ("Hà Nội", "Chương Mỹ")),
        # regression: "Thành ủy Huế", the tỉnh's city, named more than the tỉnh in an article of 2021 that no dateline
        # dates: the province was named "Huế", whose Thành ủy is a province's, and the article had no district
        ("Thành ủy Huế sơ kết 5 năm thực hiện Chỉ thị 05\n\nChiều 20/6/2021, Ban Thường vụ Thành ủy Huế tổ chức hội "
         "nghị sơ kết 5 năm thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị. Thực hiện Kế hoạch số "
         "26-KH/TU ngày 5/7/2016 của Ban Thường vụ Tỉnh ủy Thừa Thiên Huế, Ban Thường vụ Thành ủy Huế đã ban hành "
         "Kế hoạch số 12-KH/TU ngày 25/7/2016.", None, ("Thừa Thiên Huế", "Huế")),
        # … and after the reform it is the centrally-run city's, whatever older document names the tỉnh
        ("Thành ủy Huế sơ kết thực hiện Chỉ thị 05\n\nChiều 20/8/2025, Ban Thường vụ Thành ủy Huế tổ chức hội nghị "
         "sơ kết thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị. Thực hiện Kế hoạch số 26-KH/TU ngày "
         "5/7/2016 của Ban Thường vụ Tỉnh ủy Thừa Thiên Huế, Ban Thường vụ Thành ủy Huế đã ban hành Kế hoạch số "
         "12-KH/TU ngày 25/7/2016.", None, ("Huế", None)),
        # regression: a district raised since, named by its former kind, whose name a huyện of another province
        # bears ("huyện Phong Điền", Thừa Thiên Huế's until 2024, was only Cần Thơ's)
        ("Thừa Thiên Huế: Huyện Phong Điền triển khai Nghị quyết 54\n\nBan Thường vụ Huyện ủy Phong Điền đã ban "
         "hành Kế hoạch số 45-KH/HU ngày 10/4/2020 thực hiện Nghị quyết số 54-NQ/TW của Bộ Chính trị về xây dựng và "
         "phát triển tỉnh Thừa Thiên Huế.", None, ("Thừa Thiên Huế", "Phong Điền")),
        # regression: a district's portal credited by its domain on the last line is the district's (it gave the
        # province only); a province's paper whose name is no place ("Theo Báo Đồng Khởi", Bến Tre's) tells
        # which of nine Châu Thành
        ("Nâng cao chất lượng công tác phụ nữ\n\nBan Thường vụ Huyện ủy đã ban hành Kế hoạch số 45-KH/HU ngày "
         "10/4/2023 thực hiện Chỉ thị số 21-CT/TW ngày 20/01/2023 của Ban Bí thư về công tác phụ nữ trong tình hình "
         "mới; Huyện ủy giao Ban Dân vận Huyện ủy chủ trì theo dõi.\n\nNguồn: canloc.hatinh.gov.vn", None,
         ("Hà Tĩnh", "Can Lộc")),
        ("Huyện Châu Thành nâng cao chất lượng công tác phụ nữ\n\nBan Thường vụ Huyện ủy đã ban hành Kế hoạch số "
         "45-KH/HU ngày 10/4/2023 thực hiện Chỉ thị số 21-CT/TW ngày 20/01/2023 của Ban Bí thư về công tác phụ nữ "
         "trong tình hình mới.\n\nTheo Báo Đồng Khởi", None, ("Bến Tre", "Châu Thành")),
        # regression: an author credited with the body they write for, which names its district, on the last line
        # (the article had no place)
        ("Nâng cao chất lượng công tác phụ nữ\n\nBan Thường vụ Huyện ủy đã ban hành Kế hoạch số 45-KH/HU ngày "
         "10/4/2023 thực hiện Chỉ thị số 21-CT/TW ngày 20/01/2023 của Ban Bí thư về công tác phụ nữ trong tình hình "
         "mới; Huyện ủy giao Ban Dân vận Huyện ủy chủ trì theo dõi.\n\nThu Hằng (Trung tâm VH-TT huyện Đức Thọ)",
         None, ("Hà Tĩnh", "Đức Thọ")),
        ("Nâng cao chất lượng công tác phụ nữ\n\nBan Thường vụ Huyện ủy đã ban hành Kế hoạch số 45-KH/HU ngày "
         "10/4/2023 thực hiện Chỉ thị số 21-CT/TW ngày 20/01/2023 của Ban Bí thư về công tác phụ nữ trong tình hình "
         "mới; Huyện ủy giao Ban Dân vận Huyện ủy chủ trì theo dõi.\n\nTin, ảnh: Văn Tú - Ban Tuyên giáo Huyện ủy "
         "Nghi Xuân", None, ("Hà Tĩnh", "Nghi Xuân")),
        ("Nâng cao chất lượng công tác phụ nữ\n\nBan Thường vụ Huyện ủy đã ban hành Kế hoạch số 45-KH/HU ngày "
         "10/4/2023 thực hiện Chỉ thị số 21-CT/TW ngày 20/01/2023 của Ban Bí thư về công tác phụ nữ trong tình hình "
         "mới; Huyện ủy giao Ban Dân vận Huyện ủy chủ trì theo dõi.\n\nCổng TTĐT huyện Can Lộc", None,
         ("Hà Tĩnh", "Can Lộc")),
        # regression: an outlet credited with the words of its kind around its place ("Báo Hà Tĩnh điện tử",
        # "Trang TTĐT Huyện ủy Can Lộc", data/outlet_words.csv) gave no place
        ("Nâng cao chất lượng công tác phụ nữ\n\nBan Thường vụ Huyện ủy đã ban hành Kế hoạch số 45-KH/HU ngày "
         "10/4/2023 thực hiện Chỉ thị số 21-CT/TW ngày 20/01/2023 của Ban Bí thư về công tác phụ nữ trong tình hình "
         "mới; Huyện ủy giao Ban Dân vận Huyện ủy chủ trì theo dõi.\n\nTheo Báo Hà Tĩnh điện tử", None,
         ("Hà Tĩnh", None)),
        ("Nâng cao chất lượng công tác phụ nữ\n\nBan Thường vụ Huyện ủy đã ban hành Kế hoạch số 45-KH/HU ngày "
         "10/4/2023 thực hiện Chỉ thị số 21-CT/TW ngày 20/01/2023 của Ban Bí thư về công tác phụ nữ trong tình hình "
         "mới; Huyện ủy giao Ban Dân vận Huyện ủy chủ trì theo dõi.\n\nNguồn: Trang TTĐT Huyện ủy Can Lộc", None,
         ("Hà Tĩnh", "Can Lộc")),
        # regression: the province's portal is not its city's ("hatinh.gov.vn" placed a district's article in
        # the city of Hà Tĩnh)
        ("Nâng cao chất lượng công tác phụ nữ\n\nBan Thường vụ Huyện ủy đã ban hành Kế hoạch số 45-KH/HU ngày "
         "10/4/2023 thực hiện Chỉ thị số 21-CT/TW ngày 20/01/2023 của Ban Bí thư về công tác phụ nữ trong tình hình "
         "mới; Huyện ủy giao Ban Dân vận Huyện ủy chủ trì theo dõi.", "https://hatinh.gov.vn/tin-tuc/abc",
         ("Hà Tĩnh", None)),
        # ... not a caption naming where the photograph was taken
        ("Nâng cao chất lượng công tác phụ nữ\n\nBan Thường vụ Huyện ủy đã ban hành Kế hoạch số 45-KH/HU ngày "
         "10/4/2023 thực hiện Chỉ thị số 21-CT/TW ngày 20/01/2023 của Ban Bí thư về công tác phụ nữ trong tình hình "
         "mới; Huyện ủy giao Ban Dân vận Huyện ủy chủ trì theo dõi.\n\nẢnh: Quang cảnh hội nghị - tại huyện Nghi "
         "Xuân", None, (None, None)),
        # regression: the paper named alone on the last line, or after its author, is the province's
        ("Nâng cao chất lượng công tác phụ nữ\n\nBan Thường vụ Huyện ủy đã ban hành Kế hoạch số 45-KH/HU ngày "
         "10/4/2023 thực hiện Chỉ thị số 21-CT/TW ngày 20/01/2023 của Ban Bí thư về công tác phụ nữ trong tình hình "
         "mới; Huyện ủy giao Ban Dân vận Huyện ủy chủ trì theo dõi.\n\nBáo Hưng Yên", None, ("Hưng Yên", None)),
        ("Nâng cao chất lượng công tác phụ nữ\n\nBan Thường vụ Huyện ủy đã ban hành Kế hoạch số 45-KH/HU ngày "
         "10/4/2023 thực hiện Chỉ thị số 21-CT/TW ngày 20/01/2023 của Ban Bí thư về công tác phụ nữ trong tình hình "
         "mới; Huyện ủy giao Ban Dân vận Huyện ủy chủ trì theo dõi.\n\nThanh Lê - Báo Nghệ An", None, ("Nghệ An", None)),
        ("Nâng cao chất lượng công tác phụ nữ\n\nBan Thường vụ Huyện ủy đã ban hành Kế hoạch số 45-KH/HU ngày "
         "10/4/2023 thực hiện Chỉ thị số 21-CT/TW ngày 20/01/2023 của Ban Bí thư về công tác phụ nữ trong tình hình "
         "mới.\n\nBáo cáo tổng kết năm 2023", None, (None, None)),
        # regression: a bloc's committee named with its province once in the body places the article ("Ngày 12-3, Đảng
        # uỷ Khối các cơ quan tỉnh Nam Định tổ chức …" counted as a passing mention, and the Tỉnh ủy's plan had no province)
        ("Triển khai Cuộc vận động\n\nThực hiện Chỉ thị số 06-CT/TW ngày 7-11-2006 của Bộ Chính trị, Ban Thường vụ Tỉnh "
         "uỷ đã ban hành Kế hoạch số 36-KH/TU ngày 5-1-2007 tổ chức Cuộc vận động trong toàn Đảng bộ tỉnh.\n\nNgày 12-3, "
         "Đảng uỷ Khối các cơ quan tỉnh Nam Định tổ chức hội nghị triển khai Kế hoạch số 36-KH/TU.", None,
         ("Nam Định", None)),
        # regression: a speech's place and date under its headline place it ("UBND tỉnh đã có Công điện số 09/CĐ-UBND"
        # in the Chủ tịch's speech, dated "Yên Bái, ngày 20/1/2025", had no province)
        ("Phát biểu của đồng chí Chủ tịch UBND tỉnh tại Hội nghị tổng kết công tác phòng, chống thiên tai\n\nYên Bái, "
         "ngày 20/1/2025\n\nThưa các đồng chí,\n\nNăm 2024, cơn bão số 3 đã gây thiệt hại nặng nề cho tỉnh ta. Ngay khi "
         "Thủ tướng Chính phủ ban hành Công điện số 86/CĐ-TTg ngày 5/9/2024, UBND tỉnh đã có Công điện số 09/CĐ-UBND.",
         None, ("Yên Bái", None)),
        # regression: a district with its province in brackets is that province's, even when merged away before the
        # list's snapshot ("Kỳ Sơn (Hòa Bình)", Hòa Bình's until 2020, was Nghệ An's Kỳ Sơn, and so was the article)
        ("Kỳ Sơn (Hòa Bình): Đẩy mạnh cải cách hành chính\n\nNăm 2018, UBND huyện Kỳ Sơn ban hành Kế hoạch số "
         "05/KH-UBND ngày 10/01/2018. Ban Thường vụ Huyện ủy Kỳ Sơn ban hành Chỉ thị số 12-CT/HU ngày 15/3/2018.",
         None, ("Hòa Bình", "Kỳ Sơn")),
        ("Kỳ Sơn (Nghệ An): Đẩy mạnh cải cách hành chính\n\nNăm 2018, UBND huyện Kỳ Sơn ban hành Kế hoạch số "
         "05/KH-UBND ngày 10/01/2018.", None, ("Nghệ An", "Kỳ Sơn")),
        # regression: a commune's name cut to its first syllables, the whole merged away before the list's snapshot
        # ("xã Thanh Lĩnh (huyện Thanh Chương)" read as "xã Thanh" of Hướng Hóa), placed the article in Quảng Trị
        ("Xã Thanh Lĩnh phát triển chè\n\nNgày 5/3/2017, UBND xã Thanh Lĩnh (huyện Thanh Chương) ban hành Kế hoạch số "
         "12/KH-UBND về trồng mới 30 ha chè.", None, ("Nghệ An", "Thanh Chương")),
        # regression: a commune's name before a lower-case word opening with "đ" or a marked vowel ("đạt", "được")
        # was taken for the first syllables of a longer name, and the title's commune counted for nothing
        ("Xã Sơn Kim 1 đạt chuẩn nông thôn mới\n\nNăm 2022, UBND xã Sơn Kim 1 ban hành Kế hoạch số 45/KH-UBND về xây "
         "dựng nông thôn mới; Ban Thường vụ Tỉnh ủy Hà Tĩnh đã có Chỉ thị số 10-CT/TU.", None, ("Hà Tĩnh", "Hương Sơn")),
        ("Xã Ea Tiêu được công nhận đạt chuẩn nông thôn mới\n\nNgày 12/5/2023, UBND xã Ea Tiêu ban hành Kế hoạch số "
         "41/KH-UBND; Ban Thường vụ Tỉnh ủy Đắk Lắk đã có Chỉ thị số 10-CT/TU.", None, ("Đắk Lắk", "Cư Kuin")),
        # regression: a commune the text places with its district and province in brackets is there wherever it is
        # named, the title too, though the gazetteer's snapshot has it in another district (Thạch Đài: the city's)
        ("Xã Thạch Đài đưa chuyển đổi số về từng thôn\n\nThực hiện Kế hoạch số 125/KH-UBND ngày 24/3/2023 của UBND "
         "huyện về chuyển đổi số, UBND xã Thạch Đài (huyện Thạch Hà, Hà Tĩnh) đã ban hành Kế hoạch số 36/KH-UBND ngày "
         "5/4/2023.", None, ("Hà Tĩnh", "Thạch Hà")),
        # regression: a commune the list's snapshot holds under the district a former one merged into, named in the
        # title of an article of before the merger that names the former district ("Nam Đông (Thừa Thiên Huế) - …",
        # merged into Phú Lộc from 2025), placed the article in the snapshot's district
        ("Xã Thượng Lộ phát triển du lịch cộng đồng\n\nNam Đông (Thừa Thiên Huế) - Năm 2019, Đảng ủy xã Thượng Lộ ban "
         "hành Nghị quyết số 05-NQ/ĐU về phát triển du lịch sinh thái; Ban Thường vụ Huyện ủy đã có Kế hoạch số "
         "40-KH/HU ngày 3/4/2019.", None, ("Thừa Thiên Huế", "Nam Đông")),
        ("Xã Đông Hoàng về đích nông thôn mới kiểu mẫu\n\nĐông Sơn (Thanh Hóa) - Ngày 12/10/2022, Đảng ủy xã Đông Hoàng "
         "ban hành Nghị quyết số 12-NQ/ĐU; UBND huyện đã có Kế hoạch số 88/KH-UBND ngày 2/3/2022.", None,
         ("Thanh Hóa", "Đông Sơn")),
        # regression: the paper named bare before the lead's dash ("Báo Hòa Bình - Chỉ thị số 35-CT/TW …") placed nothing,
        # and the Tỉnh ủy's plan had no province; a paper named after no place gives none
        ("Bình luận: Chỉ thị 35 và bài học chuẩn bị nhân sự\n\nBáo Hòa Bình - Chỉ thị số 35-CT/TW ngày 30/5/2019 của Bộ "
         "Chính trị về đại hội đảng bộ các cấp đã đặt ra yêu cầu rất cao về công tác nhân sự. Tỉnh ta đã cụ thể hóa bằng "
         "Kế hoạch số 123-KH/TU ngày 15/8/2019 của Ban Thường vụ Tỉnh ủy.", None, ("Hòa Bình", None)),
        ("Xã luận: Kỷ cương để phát triển\n\nBáo Quân đội nhân dân - Chỉ thị số 45-CT/TW ngày 14/4/2025 của Bộ Chính trị về "
         "đại hội đảng bộ các cấp là văn bản chỉ đạo xuyên suốt năm nay, và Ban Thường vụ Tỉnh ủy đã quán triệt.", None,
         (None, None)),
        # a single passing mention is not enough
        (f"Sơ kết Chỉ thị 09\n\n{LEAD_PROVINCE.replace('Sáng 14/9, Ban Thường vụ Tỉnh ủy', 'Sáng 14/9, Ban Bí thư')}"
         "\n\nĐoàn đã làm việc tại Hà Nội.", None, (None, None)),
    ],
)
def test_place(text: str, url: str | None, expected: tuple[str | None, str | None]) -> None:
    place = detect(text, source_url=url).place
    assert (place.province, place.district) == expected


REFORMED_COMMUNE = ("Đảng ủy xã Đồng Lộc triển khai Nghị quyết 57-NQ/TW\n\nNgày 8/9, Đảng ủy xã Đồng Lộc "
                    "(Hà Tĩnh) ban hành Kế hoạch số 15-KH/ĐU thực hiện Nghị quyết số 57-NQ/TW ngày "
                    "22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ.")


def test_after_the_reform_a_commune_may_be_named_as_a_2025_commune() -> None:
    """Regression: in September 2025 "xã Đồng Lộc (Hà Tĩnh)" gave Thanh Hóa, whose xã Đồng Lộc
    was the only legacy xã of that name (Hà Tĩnh's was a thị trấn, a xã since the reform)."""
    place = detect(REFORMED_COMMUNE, published="2025-09-10").place
    assert (place.province, place.district) == ("Hà Tĩnh", None)


@pytest.mark.parametrize(
    ("text", "published", "province"),
    [
        # regression: the former district of the new commune placed the article, and its bare
        # "Đại hội Đảng bộ xã", in a district that no longer existed
        ("Xã Can Lộc sau sáp nhập triển khai nghị quyết đại hội\n\nNgày 25/8/2025, Đảng ủy xã Can Lộc "
         "(Hà Tĩnh) ban hành Kế hoạch số 08-KH/ĐU thực hiện Nghị quyết Đại hội Đảng bộ xã lần thứ I. Xã "
         "Can Lộc được thành lập trên cơ sở sáp nhập thị trấn Nghèn, xã Thiên Lộc và xã Vượng Lộc thuộc "
         "huyện Can Lộc (cũ).", None, "Hà Tĩnh"),
        # regression: a legacy ward named like the new one gave its former district and ward
        ("Phường Bến Thành triển khai Kết luận 150\n\nNgày 15/8, Ban Thường vụ Đảng ủy phường Bến Thành "
         "(TP.HCM) ban hành Kế hoạch số 10-KH/ĐU thực hiện Kết luận số 150-KL/TW của Bộ Chính trị. Đảng "
         "ủy phường yêu cầu các chi bộ khu phố tổ chức quán triệt.", "2025-08-16", "Hồ Chí Minh"),
        # regression: a 2025 commune is in its new province, named after the legacy province whose
        # name it kept (the article's bare "Tỉnh ủy" is that province's): not Tuyên Quang's former
        # phường Phan Thiết, nor former Bình Thuận; not Yên Bái for Lào Cai's xã Mù Cang Chải
        ("Phường Phan Thiết triển khai Nghị quyết 57\n\nNgày 5/9/2025, Ban Thường vụ Đảng ủy phường Phan "
         "Thiết ban hành Kế hoạch số 12-KH/ĐU thực hiện Kế hoạch số 05-KH/TU của Ban Thường vụ Tỉnh ủy về "
         "đột phá phát triển khoa học, công nghệ.", None, "Lâm Đồng"),
        ("Xã Mù Cang Chải triển khai Nghị quyết của Tỉnh ủy\n\nNgày 10/9/2025, Ban Thường vụ Đảng ủy xã Mù "
         "Cang Chải ban hành Kế hoạch số 08-KH/ĐU thực hiện Nghị quyết số 02-NQ/TU của Ban Chấp hành Đảng bộ "
         "tỉnh về phát triển du lịch.", None, "Lào Cai"),
        # regression: former provinces named as such are in the new province (the article's bare
        # "Tỉnh ủy" was Bình Thuận's, which no longer had one)
        ("Tỉnh ủy ban hành kế hoạch phát triển du lịch\n\nNgày 8/9/2025, Ban Thường vụ Tỉnh ủy ban hành Kế "
         "hoạch số 15-KH/TU về phát triển du lịch biển tại khu vực tỉnh Bình Thuận (cũ), gắn với du lịch "
         "sinh thái ở khu vực tỉnh Đắk Nông (cũ).", None, "Lâm Đồng"),
    ],
)
def test_after_the_reform_an_article_is_placed_in_its_province_only(
        text: str, published: str | None, province: str) -> None:
    place = detect(text, published=published).place
    assert (place.province, place.district, place.commune) == (province, None, None)


HUE_PLAN = ("Thừa Thiên Huế sơ kết Chỉ thị 05\n\nBan Thường vụ Tỉnh ủy Thừa Thiên Huế tổ chức hội nghị "
            "sơ kết 5 năm thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị về đẩy mạnh học tập và làm theo tư "
            "tưởng, đạo đức, phong cách Hồ Chí Minh; Thành ủy Huế và các huyện ủy, thị ủy báo cáo kết quả.")


@pytest.mark.parametrize(("text", "published", "province"), [
    # regression: Thừa Thiên Huế was named "Huế", the list's name for the centrally-run city of 2025
    (HUE_PLAN, "2021-06-10", "Thừa Thiên Huế"),
    (HUE_PLAN, None, "Thừa Thiên Huế"),  # undated: the name the text calls it by
    (HUE_PLAN.replace("Thừa Thiên Huế", "Huế"), "2025-03-20", "Huế"),
    (HUE_PLAN.replace("Thừa Thiên Huế", "Huế"), "2016-03-20", "Thừa Thiên Huế"),
    (HUE_PLAN.replace("Thừa Thiên Huế", "Huế"), "2025-09-20", "Huế"),
])
def test_a_province_is_named_as_it_was_when_the_article_was_published(
        text: str, published: str | None, province: str) -> None:
    place = detect(text, published=published).place
    assert (place.province, place.province_code) == (province, "46")


def test_a_printed_document_s_header_block() -> None:
    header = detect(PRINTED_PLAN).header
    assert header is not None
    assert (header.issuer, header.symbol, header.date) == ("HUYỆN ỦY CAN LỘC", "45-KH/HU", "2023-05-03")
    assert detect(LEAD_PROVINCE).header is None


def test_a_title_from_metadata_does_not_hide_the_lead() -> None:
    # regression: a title absent from the text used to mask the text's first characters
    text = ("Sáng 1/4, huyện Sơn Tây đã tổ chức hội nghị sơ kết thực hiện Kế hoạch số 131-KH/HU "
            "của Ban Thường vụ Huyện ủy thực hiện Kết luận số 44-KL/TW của Ban Bí thư (khóa XII) "
            "về tiếp tục đẩy mạnh thực hiện Chỉ thị số 09-CT/TW.")
    place = detect(text, title="Sơn Tây sơ kết thực hiện Kết luận 44").place
    assert (place.province, place.district) == ("Quảng Ngãi", "Sơn Tây")  # not the thị xã of Hà Nội


def test_a_commune_in_the_title_names_its_district() -> None:
    text = ("Để thực hiện Kế hoạch số 80-KH/HU ngày 13/3/2012 của Ban Thường vụ Huyện ủy Nam Sách "
            "về tăng cường công tác phòng, chống tham nhũng, kế hoạch của UBND xã Hồng Phong "
            "(Nam Sách) đã được ban hành, triển khai đến các thôn, xóm.")
    place = detect(text, title="Xã Hồng Phong triển khai kế hoạch thực hiện Nghị quyết").place
    assert (place.province, place.district, place.commune) == ("Hải Dương", "Nam Sách", "Hồng Phong")


def test_place_carries_gso_codes() -> None:
    place = detect("Long Biên đặt chỉ tiêu cao\n\nBan Chấp hành Đảng bộ quận Long Biên vừa thông "
                   "qua 9 kế hoạch thực hiện 10 chương trình công tác toàn khóa của Thành ủy Hà Nội "
                   "khóa XVII, giai đoạn 2021-2025.").place
    assert (place.province_code, place.district_code) == ("01", "004")


@pytest.mark.parametrize(("committee", "district_code"), [
    # regression: a title naming "Kỳ Anh", a huyện and a thị xã of Hà Tĩnh, gave whichever came first (the thị
    # xã) whatever the text's committee; now the committee the text names most tells them apart
    ("Huyện ủy", "447"),
    ("Thị ủy", "449"),
])
def test_districts_of_one_name_told_apart_by_their_committee(committee: str, district_code: str) -> None:
    place = detect(f"Kỳ Anh nâng cao chất lượng công tác phụ nữ\n\nBan Thường vụ {committee} đã ban hành Kế hoạch "
                   "số 45-KH/HU ngày 10/4/2023 thực hiện Chỉ thị số 21-CT/TW ngày 20/01/2023 của Ban Bí thư về công "
                   f"tác phụ nữ trong tình hình mới.\n\n{committee} giao Ban Dân vận chủ trì theo dõi, đôn đốc.").place
    assert (place.province, place.district_code) == ("Hà Tĩnh", district_code)


@pytest.mark.parametrize(
    ("url", "host"),
    [
        ("https://baohatinh.vn/tin-tuc/a.html", "baohatinh.vn"),
        ("HTTP://BaoGiaLai.vn", "baogialai.vn"),
        ("https://user@thanhuytphcm.vn:8080/x", "thanhuytphcm.vn"),  # the full parse
        ("baohatinh.vn/tin-tuc", ""),  # no scheme: no host
    ],
)
def test_host_of_the_source_url(url: str, host: str) -> None:
    assert _host(url) == host


@pytest.mark.parametrize(
    ("text", "place", "expected"),
    [
        ("Ngày 3/5, HĐND-UBND Hà Tĩnh đã họp", "Hà Tĩnh", True),  # a glued pair of bodies
        ("Mặt trận Tổ quốc huyện Can Lộc phát động", "Can Lộc", True),
        ("Đồng chí Nguyễn Văn An, Hà Tĩnh", "Hà Tĩnh", False),
    ],
)
def test_a_body_written_before_a_place(text: str, place: str, expected: bool) -> None:
    assert _body_before(text, text.index(place)) is expected
