"""loaders.text: one canonical form of article text, and bytes decoded only when certain."""
from __future__ import annotations

import unicodedata

import pytest

from loaders.text import ReadError, decode, normalise, read_capitals

NFD = lambda s: unicodedata.normalize("NFD", s)  # noqa: E731


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # Unicode: NFD input (macOS, some CMS exports) becomes NFC
        (NFD("Chỉ thị số 09-CT/TW của Ban Bí thư"), "Chỉ thị số 09-CT/TW của Ban Bí thư"),
        (NFD("Đảng ủy xã Thạch Kim"), "Đảng ủy xã Thạch Kim"),
        # every dash-like character becomes "-"
        ("Chỉ thị 09\u2010CT/TW", "Chỉ thị 09-CT/TW"),
        ("Chỉ thị 09\u2011CT/TW", "Chỉ thị 09-CT/TW"),
        ("Chỉ thị 09\u2012CT/TW", "Chỉ thị 09-CT/TW"),
        ("Chỉ thị 09\u2013CT/TW", "Chỉ thị 09-CT/TW"),
        ("giai đoạn 2021\u20142025", "giai đoạn 2021-2025"),
        ("Kết luận 44\u2015KL/TW", "Kết luận 44-KL/TW"),
        ("Kế hoạch 73\u2212KH/QU", "Kế hoạch 73-KH/QU"),
        ("Kế hoạch 73\ufe63KH/QU", "Kế hoạch 73-KH/QU"),
        ("Kế hoạch 73\uff0dKH/QU", "Kế hoạch 73-KH/QU"),
        # slash-likes become "/"
        ("Chỉ thị 09-CT\u2044TW", "Chỉ thị 09-CT/TW"),
        ("Quyết định 15\u2215QĐ-UBND", "Quyết định 15/QĐ-UBND"),
        ("Quyết định 15\uff0fQĐ-UBND", "Quyết định 15/QĐ-UBND"),
        # Ð (eth) typed for Đ
        ("\u00d0ảng ủy", "Đảng ủy"),
        # odd spaces become a plain space; invisible characters vanish
        ("Chỉ thị\u00a0số\u00a009-CT/TW", "Chỉ thị số 09-CT/TW"),
        ("Quận\u202f11", "Quận 11"),
        ("Ban\u2009Bí\u3000thư", "Ban Bí thư"),
        ("09-CT/\u200bTW", "09-CT/TW"),
        ("\ufeffThứ Năm, ngày 4 tháng 6 năm 2020", "Thứ Năm, ngày 4 tháng 6 năm 2020"),
        ("Chương trình hành\u00ad động", "Chương trình hành động"),
        # regression: NFC comes after dropping invisibles, which may join a letter and its mark
        ("Kha\u200b\u0301nh Ho\u00ada\u0300", "Khánh Hoà"),
        # paragraphs survive; Windows and old Mac line ends become "\n"
        ("Đoạn một.\r\n\r\nĐoạn hai.\rĐoạn ba.", "Đoạn một.\n\nĐoạn hai.\nĐoạn ba."),
        ("Đoạn một.\u2029Đoạn hai.", "Đoạn một.\nĐoạn hai."),
        # glued words split
        ("Chỉ thị số 45-CT/TW ngày22/3/2015", "Chỉ thị số 45-CT/TW ngày 22/3/2015"),
        ("Quyết định của Bộ Chính trị số31-QĐ/TW", "Quyết định của Bộ Chính trị số 31-QĐ/TW"),
        ("Thông báo số 70-TB/TWngày 06 tháng 01 năm 2012", "Thông báo số 70-TB/TW ngày 06 tháng 01 năm 2012"),
        ("Số:15/QĐ-UBND", "Số:15/QĐ-UBND"),
        ("Số15/QĐ-UBND", "Số 15/QĐ-UBND"),
        ("ngày 13/8/2012của Ban Thường vụ Quận ủy", "ngày 13/8/2012 của Ban Thường vụ Quận ủy"),
        ("khóa XI, năm2011", "khóa XI, năm 2011"),
        ("Kế hoạch 88-KH/TUvề phòng, chống", "Kế hoạch 88-KH/TU về phòng, chống"),
        ("Nghị quyết 12-NQ/TƯngày 5/1/2012", "Nghị quyết 12-NQ/TƯ ngày 5/1/2012"),
        # ... without breaking codes, units and ordinary words
        ("Luật 64/2025/QH15 và virus H5N1", "Luật 64/2025/QH15 và virus H5N1"),
        ("diện tích 25 km2, 3 ha", "diện tích 25 km2, 3 ha"),
        ("Chương trình 09/CTr-BCA-MTTW", "Chương trình 09/CTr-BCA-MTTW"),
        ("Quyết định 04/2022/QĐ-TTg về", "Quyết định 04/2022/QĐ-TTg về"),
        ("hằng năm, Nghị quyết TW4 khóa XII", "hằng năm, Nghị quyết TW4 khóa XII"),
        ("UBND Thành phố và HĐND", "UBND Thành phố và HĐND"),
        # runs of spaces are kept: mentions stay verbatim
        ("các đoàn      2", "các đoàn      2"),
        # PDF text: a line wrapped inside a sentence or a citation is one line, one character for one
        ("Thực hiện Chỉ thị số 28-CT/TW, ngày 21 tháng 12\nnăm 2023 của Ban Bí thư và Kế\nhoạch số 215-KH/TU",
         "Thực hiện Chỉ thị số 28-CT/TW, ngày 21 tháng 12 năm 2023 của Ban Bí thư và Kế hoạch số 215-KH/TU"),
        ("Quy định số 24-QĐ/TW, ngày 30/7/\n2021 của Ban Chấp hành Trung ương",
         "Quy định số 24-QĐ/TW, ngày 30/7/ 2021 của Ban Chấp hành Trung ương"),
        # ... before a capital too once the text is seen to be wrapped so (three small-letter line ends)
        ("Thực hiện Kế hoạch số 68-KH/TU của Ban Thường vụ Tỉnh ủy\nThái Nguyên về thực hiện Kết luận số\n"
         "21-KL/TW của Hội nghị lần thứ tư Ban\nChấp hành Trung ương Đảng khóa XIII về đẩy mạnh xây dựng, chỉnh\n"
         "đốn Đảng; quán triệt Chỉ thị số 13-\nCT/TW của Ban Bí thư và\nnhiều văn bản khác.",
         "Thực hiện Kế hoạch số 68-KH/TU của Ban Thường vụ Tỉnh ủy Thái Nguyên về thực hiện Kết luận số "
         "21-KL/TW của Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XIII về đẩy mạnh xây dựng, chỉnh "
         "đốn Đảng; quán triệt Chỉ thị số 13- CT/TW của Ban Bí thư và nhiều văn bản khác."),
        # ... and in any text after a line that ends on "của", whose object is on the next line
        ("Thực hiện Kế hoạch số 140/KH-UBND ngày 2/5/2024 của\nUBND tỉnh, UBND huyện ban hành Kế hoạch số 96/KH-UBND",
         "Thực hiện Kế hoạch số 140/KH-UBND ngày 2/5/2024 của UBND tỉnh, UBND huyện ban hành Kế hoạch số 96/KH-UBND"),
        # a symbol split after its dash or slash is joined in any text
        ("Kế hoạch số 1234/KH-\nUBND ngày 01/3/2024 thực hiện Quyết định số 45/2024/\nQĐ-TTg.",
         "Kế hoạch số 1234/KH- UBND ngày 01/3/2024 thực hiện Quyết định số 45/2024/ QĐ-TTg."),
        # ... but the body after a printed document's title, opening with a lead, is no wrapped line
        ("KẾ HOẠCH\nthực hiện Chỉ thị số 28-CT/TW của Ban Bí thư về\nnâng cao chất\nlượng kết nạp đảng viên và rà soát,\n"
         "sàng lọc, đưa những đảng viên ra khỏi Đảng\nThực hiện Chỉ thị số 28-CT/TW, Ban Thường vụ Tỉnh ủy\nThái Nguyên "
         "ban hành Kế hoạch",
         "KẾ HOẠCH\nthực hiện Chỉ thị số 28-CT/TW của Ban Bí thư về nâng cao chất lượng kết nạp đảng viên và rà soát, "
         "sàng lọc, đưa những đảng viên ra khỏi Đảng\nThực hiện Chỉ thị số 28-CT/TW, Ban Thường vụ Tỉnh ủy Thái Nguyên "
         "ban hành Kế hoạch"),
        # a page's number between two lines of one sentence is white space
        ("triển khai thực hiện Chỉ\nTrang 2/4\nthị số 24-CT/TW", "triển khai thực hiện Chỉ           thị số 24-CT/TW"),
        ("quán triệt Chỉ thị số\n  - 3 -\n09-CT/TW", "quán triệt Chỉ thị số         09-CT/TW"),
        # ... while a sentence's end, a capitalised heading, a list item, a header's columns and its
        # number line stay lines; so does a news headline before its first paragraph
        ("như sau:\nI. MỤC ĐÍCH, YÊU CẦU\n1. Quán triệt Chỉ thị 28\n2. Việc kết nạp",
         "như sau:\nI. MỤC ĐÍCH, YÊU CẦU\n1. Quán triệt Chỉ thị 28\n2. Việc kết nạp"),
        ("KẾ HOẠCH\nthực hiện Chỉ thị số 28-CT/TW", "KẾ HOẠCH\nthực hiện Chỉ thị số 28-CT/TW"),
        ("1. Nhiệm vụ chung\na) Quán triệt Chỉ thị số 28-CT/TW\nb) Rà soát đảng viên",
         "1. Nhiệm vụ chung\na) Quán triệt Chỉ thị số 28-CT/TW\nb) Rà soát đảng viên"),
        ("Nơi nhận:      T/M BAN THƯỜNG VỤ\n- Ban Tổ chức Tỉnh ủy,      PHÓ BÍ THƯ\n- Lưu VP.",
         "Nơi nhận:      T/M BAN THƯỜNG VỤ\n- Ban Tổ chức Tỉnh ủy,      PHÓ BÍ THƯ\n- Lưu VP."),
        ("HUYỆN THẠCH HÀ      Độc lập - Tự do - Hạnh phúc\nthị trấn", "HUYỆN THẠCH HÀ      Độc lập - Tự do - Hạnh phúc\nthị trấn"),
        ("Huyện ủy sơ kết Chỉ thị 05-CT/TW của Bộ Chính trị\nSáng 14/6, Ban Thường vụ Huyện ủy",
         "Huyện ủy sơ kết Chỉ thị 05-CT/TW của Bộ Chính trị\nSáng 14/6, Ban Thường vụ Huyện ủy"),
        # ... and so does a paper's dateline under it, a date and a time alone on their line
        ("Bắc Ninh chi 3% ngân sách cho khoa học, công nghệ\n12/02/2025 08:32 GMT+7\n\nBan Thường vụ Tỉnh ủy",
         "Bắc Ninh chi 3% ngân sách cho khoa học, công nghệ\n12/02/2025 08:32 GMT+7\n\nBan Thường vụ Tỉnh ủy"),
        ("Nghệ An chuẩn bị đại hội đảng bộ cơ sở, hoàn thành trước tháng 6\n20/02/2025 09:45\n\nLĐO - Ban",
         "Nghệ An chuẩn bị đại hội đảng bộ cơ sở, hoàn thành trước tháng 6\n20/02/2025 09:45\n\nLĐO - Ban"),
        ("TP HCM lắp thêm 1.500 camera phạt nguội trên các tuyến đường\n12-06-2024 - 15:30\n",
         "TP HCM lắp thêm 1.500 camera phạt nguội trên các tuyến đường\n12-06-2024 - 15:30\n"),
        ("Trung ương Đoàn tổ chức Tháng Thanh niên gắn với tinh gọn bộ máy\n26/03/2025 | 10:12\n",
         "Trung ương Đoàn tổ chức Tháng Thanh niên gắn với tinh gọn bộ máy\n26/03/2025 | 10:12\n"),
        # (a wrapped date with words after it goes on)
        ("Kế hoạch số 12/KH-UBND ban hành ngày\n12/02/2025 của UBND tỉnh",
         "Kế hoạch số 12/KH-UBND ban hành ngày 12/02/2025 của UBND tỉnh"),
    ],
)
def test_normalise(raw: str, expected: str) -> None:
    assert normalise(raw) == expected


def test_normalise_is_idempotent_on_a_real_article(dev_corpus) -> None:
    text = (dev_corpus / "003_7abbad60e603f795.txt").read_text(encoding="utf-8")
    once = normalise(text)
    assert normalise(once) == once
    assert normalise(NFD(text)) == once


def test_normalise_is_idempotent_on_wrapped_text() -> None:
    text = ("ỦY BAN NHÂN DÂN      CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nHUYỆN THẠCH HÀ      Độc lập - Tự do - Hạnh phúc\n"
            "Số: 256/KH-UBND      Thạch Hà, ngày 05 tháng 9 năm 2023\n\nThực hiện Chỉ thị số 24-CT/TW ngày 04 tháng 7\n"
            "năm 2023 của Ban Bí thư; Kế hoạch\nsố 198-KH/TU của Ban Thường vụ Tỉnh ủy\nHà Tĩnh và Công văn số\n2\n"
            "2345/UBND-KT1 của Ủy ban nhân dân tỉnh, Ủy ban nhân dân huyện ban hành Kế hoạch như\nsau:\n")
    once = normalise(text)
    assert len(once) == len(text) and "\nSố: 256/KH-UBND" in once
    assert normalise(once) == once


_TONE_MARKS = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def windows_1258(text: str) -> bytes:
    """Encode as Vietnamese Windows code page: base letters precomposed, tone marks combining."""
    out = bytearray()
    for ch in text:
        try:
            out += ch.encode("cp1258")
        except UnicodeEncodeError:
            parts = unicodedata.normalize("NFD", ch)
            base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in _TONE_MARKS))
            out += (base + "".join(c for c in parts if c in _TONE_MARKS)).encode("cp1258")
    return bytes(out)


ARTICLE = (
    "Sáng 23/8, Quận 11 đã tổ chức Hội nghị sơ kết thực hiện Kế hoạch 73-KH/QU ngày 13/8/2012 "
    "của Ban Thường vụ Quận ủy thực hiện Chương trình hành động số 26-CTr/TU của Thành ủy thực "
    "hiện Chỉ thị số 09-CT/TW của Ban Bí thư về tăng cường sự lãnh đạo của Đảng đối với phong "
    "trào toàn dân bảo vệ an ninh Tổ quốc trong tình hình mới."
)


def double_encoded(text: str) -> str:
    """UTF-8 bytes read as Windows-1252, the bytes it leaves undefined as Latin-1 (as browsers
    and scrapers do)."""
    return "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in text.encode("utf-8"))


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (ARTICLE.encode("utf-8"), ARTICLE),
        (b"\xef\xbb\xbf" + ARTICLE.encode("utf-8"), ARTICLE),
        (NFD(ARTICLE).encode("utf-8"), ARTICLE),
        (windows_1258(ARTICLE), ARTICLE),
        ("Hội nghị triển khai Chỉ thị 09".encode("utf-16"), "Hội nghị triển khai Chỉ thị 09"),
        # regression: UTF-8 saved again as UTF-8 after a Windows-1252 reading was read as mojibake
        # ("Huyá»‡n á»§y" named no place: the article took its province from a byline alone)
        (double_encoded(ARTICLE).encode("utf-8"), ARTICLE),
        # a headline in capitals shows "Ã" and is not mojibake; nor is Latin-1 text
        ("NGÃ BA ĐỒNG LỘC".encode("utf-8"), "NGÃ BA ĐỒNG LỘC"),
        ("Ã©tÃ© café".encode("utf-8"), "Ã©tÃ© café"),
    ],
    ids=["utf-8", "utf-8 with BOM", "utf-8 NFD", "windows-1258", "utf-16 with BOM", "utf-8 twice",
         "capital Ã", "latin-1 look-alike"],
)
def test_decode_then_normalise(data: bytes, expected: str) -> None:
    assert normalise(decode(data, "bai.txt")) == expected


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty file"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
        (ARTICLE.encode("utf-8")[:-2] + "ữ".encode("utf-8")[:2], "truncated UTF-8"),
        (windows_1258("Chỉ thị số 09"), "could not be detected with certainty"),
        (bytes(range(128, 256)) * 4, "could not be detected with certainty"),
    ],
    ids=["empty", "binary", "truncated", "too short to detect", "noise"],
)
def test_decode_rejects(data: bytes, reason: str) -> None:
    with pytest.raises(ReadError) as caught:
        decode(data, "tin/bai-loi.txt")
    assert reason in caught.value.reason
    assert str(caught.value).startswith("tin/bai-loi.txt: ")
    assert caught.value.path == "tin/bai-loi.txt"


@pytest.mark.parametrize("headline, read", [
    # a headline in capitals is read as prose: phrases and function words in lower case, names capitalised,
    # symbols, abbreviations and Roman numerals as written
    ("TỈNH ỦY YÊN BÁI BAN HÀNH KẾ HOẠCH THỰC HIỆN KẾT LUẬN SỐ 01-KL/TW CỦA BỘ CHÍNH TRỊ",
     "Tỉnh Ủy Yên Bái ban hành Kế Hoạch thực hiện Kết Luận số 01-KL/TW của Bộ Chính Trị"),
    ("UBND TỈNH HÀ TĨNH SƠ KẾT NGHỊ QUYẾT TRUNG ƯƠNG 7 KHÓA XII",
     "UBND Tỉnh Hà Tĩnh sơ kết Nghị Quyết Trung Ương 7 khóa XII"),
    # not a headline in prose, nor a header line without a document's noun, nor two columns
    ("Tỉnh ủy Yên Bái ban hành Kế hoạch thực hiện Kết luận số 01-KL/TW", None),
    ("ĐẢNG BỘ TỈNH HÀ TĨNH HUYỆN ỦY HƯƠNG SƠN ĐẢNG CỘNG SẢN VIỆT NAM", None),
    ("TỈNH ỦY HÀ TĨNH          KẾ HOẠCH THỰC HIỆN CHỈ THỊ SỐ 09-CT/TW", None),
])
def test_a_headline_in_capitals_is_read_as_prose(headline: str, read: str | None) -> None:
    text = headline + "\nNgày 5/3/2024, UBND tỉnh ban hành Kế hoạch số 12/KH-UBND.\n"
    assert read_capitals(text) == (text if read is None else read + text[len(headline):])


def test_a_printed_title_in_capitals_is_read_as_prose() -> None:
    text = ("HUYỆN ỦY CẨM XUYÊN\n*\nSố 210-KH/HU\n\nKẾ HOẠCH\nTHỰC HIỆN CHỈ THỊ SỐ 35-CT/TW NGÀY 14/6/2024 CỦA BỘ CHÍNH "
            "TRỊ\n\nThực hiện Kế hoạch số 250-KH/TU …\n")
    assert read_capitals(text) == text.replace(
        "THỰC HIỆN CHỈ THỊ SỐ 35-CT/TW NGÀY 14/6/2024 CỦA BỘ CHÍNH TRỊ",
        "Thực hiện Chỉ Thị số 35-CT/TW ngày 14/6/2024 của Bộ Chính Trị")
