"""Document symbols in both systems and every written variant (vn-conventions §1.4)."""
import pytest

from loaders.symbols import find_symbols, letter_symbol_at, old_government_symbol_at, symbol_at, type_code


@pytest.mark.parametrize(
    "text, canonical, system, issuer",
    [
        # Party: NUMBER-TYPE/ISSUER
        ("Chỉ thị số 09-CT/TW của Ban Bí thư", "09-CT/TW", "party", "TW"),
        ("Kế hoạch 73-KH/QU ngày 13/8/2012", "73-KH/QU", "party", "QU"),
        # state: NUMBER/TYPE-ISSUER, legal normative NUMBER/YEAR/TYPE-ISSUER, National Assembly
        ("Chỉ thị số 09/CT-BCA ngày 19-8-2014 của Bộ Công an", "09/CT-BCA", "state", "BCA"),
        ("theo Nghị định 100/2019/NĐ-CP của Chính phủ", "100/2019/NĐ-CP", "legal", "CP"),
        ("Luật số 45/2019/QH14 được Quốc hội thông qua", "45/2019/QH14", "legal", "QH14"),
        ("Nghị quyết số 1670/NQ-UBTVQH15 về sắp xếp", "1670/NQ-UBTVQH15", "state", "UBTVQH15"),
        # regression: the type code of an ordinance (Pháp lệnh) was unknown, so its symbol was none
        ("Pháp lệnh số 34/2007/PL-UBTVQH11 về thực hiện dân chủ", "34/2007/PL-UBTVQH11", "legal", "UBTVQH11"),
        # a space instead of the hyphen, spaces around separators, no separator at all
        ("quán triệt Chỉ thị số 09 CT/TW trong toàn Đảng bộ", "09-CT/TW", "party", "TW"),
        ("Chỉ thị số 11/CT- BNV ngày 7-6-1994", "11/CT-BNV", "state", "BNV"),
        ("Kết luận số 100 - KL/TW ngày 18/8/2014", "100-KL/TW", "party", "TW"),
        ("Chỉ thị 1-CT / HU của Huyện ủy", "1-CT/HU", "party", "HU"),  # spaces around the slash
        ("công văn số 858CV/ĐUK gửi các chi bộ", "858-CV/ĐUK", "party", "ĐUK"),
        ("Số: 1206 /QĐ-HVTC về việc giao nhiệm vụ", "1206/QĐ-HVTC", "state", "HVTC"),
        ("Chương trình phối hợp số 04/Ctr BCA-HCCB năm 2015", "04/CTr-BCA-HCCB", "state", "BCA"),
        # regression: a legal symbol wrapped at a slash (PDF text: "45/2024/\nQĐ-UBND", unwrapped by loaders.text)
        # was no symbol, or the year's ("45/ 2024/QĐ-UBND" gave 2024/QĐ-UBND)
        ("Quyết định số 45/2024/ QĐ-UBND ngày 5/3/2024", "45/2024/QĐ-UBND", "legal", "UBND"),
        ("Quyết định số 45/ 2024/QĐ-UBND ngày 5/3/2024", "45/2024/QĐ-UBND", "legal", "UBND"),
        ("theo Luật số 45/2019/ QH14 của Quốc hội", "45/2019/QH14", "legal", "QH14"),
        # regression: a joint programme's own codes were no type ("Chương trình phối hợp số 05/CTrPH-MTTQ-HND"
        # was no document)
        ("Chương trình phối hợp số 05/CTrPH-MTTQ-HND giữa", "05/CTrPH-MTTQ-HND", "state", "MTTQ"),
        ("Chương trình phối hợp số 01/CTPH-UBND-MTTQ ngày", "01/CTPH-UBND-MTTQ", "state", "UBND"),
        # regression: a joint (liên tịch) legal symbol with a slash after its type was no symbol
        # ("Nghị quyết liên tịch số 01/2014/NQLT/CP-UBTƯMTTQVN" was no document); a hyphen is still read
        ("Nghị quyết liên tịch số 01/2014/NQLT/CP-UBTƯMTTQVN ngày 18/11/2014", "01/2014/NQLT/CP-UBTƯMTTQVN", "legal",
         "CP"),
        ("Thông tư liên tịch số 03/2016/TTLT-BNV-BTC ngày 30/6/2016", "03/2016/TTLT-BNV-BTC", "legal", "BNV"),
        # case: Ctr/CTR are CTr; TƯ and T.Ư are TW
        ("Chương trình hành động số 10-Ctr/TU của Tỉnh ủy", "10-CTr/TU", "party", "TU"),
        ("Chương trình số 65-CTR/TU năm 2021", "65-CTr/TU", "party", "TU"),
        ("Kết luận số 48-KL/TƯ của Bộ Chính trị", "48-KL/TW", "party", "TW"),
        ("Chỉ thị số 21-CT/T.Ư ngày 26-3-2008", "21-CT/TW", "party", "TW"),
        ("Nghị quyết 15- Nq/tw của Trung ương", "15-NQ/TW", "party", "TW"),
        ("Nghị định số 56/2012/nĐ-cp quy định", "56/2012/NĐ-CP", "legal", "CP"),
        # each system written in the other's punctuation: the issuer decides
        ("Chỉ thị số 31/CT-TU của Ban Thường vụ Tỉnh ủy", "31-CT/TU", "party", "TU"),
        ("Chỉ thị số 08/CT-HU của Huyện ủy", "08-CT/HU", "party", "HU"),
        ("Nghị quyết số 17-NQ/CP của Chính phủ", "17/NQ-CP", "state", "CP"),
        # regression: a code both systems write keeps the punctuation ("Kế hoạch số 02/KH-BCĐ" of a state steering
        # committee was read 02-KH/BCĐ, a Party document)
        ("Kế hoạch số 02/KH-BCĐ ngày 08/01/2024 của Ban Chỉ đạo tỉnh", "02/KH-BCĐ", "state", "BCĐ"),
        ("Công văn số 59-CV/BCĐ của Ban Chỉ đạo Trung ương", "59-CV/BCĐ", "party", "BCĐ"),
        # regression: the central steering committee's code ends in TW but is written both ways ("Kế hoạch số
        # 141/KH-BCĐTW" was read 141-KH/BCĐTW)
        ("Kế hoạch số 141/KH-BCĐTW của Ban Chỉ đạo Trung ương về tổng kết", "141/KH-BCĐTW", "state", "BCĐTW"),
        ("Kế hoạch số 02-KH/BCĐTW ngày 12/01/2025", "02-KH/BCĐTW", "party", "BCĐTW"),
        # regression: joint plans' and rules' own codes were no type ("Kế hoạch liên ngành số 02/KHLN-SGDĐT-CAT",
        # "Quy chế phối hợp số 05/QCPH-CAT-SGDĐT" were no documents)
        ("Kế hoạch liên ngành số 02/KHLN-SGDĐT-CAT ngày", "02/KHLN-SGDĐT-CAT", "state", "SGDĐT"),
        ("Kế hoạch phối hợp số 12/KHPH-SYT-SGDĐT ngày", "12/KHPH-SYT-SGDĐT", "state", "SYT"),
        ("Quy chế phối hợp số 05/QCPH-CAT-SGDĐT ngày", "05/QCPH-CAT-SGDĐT", "state", "CAT"),
        # regression: a department's code with "&" between its fields' initials ended at the "&" ("Công văn số
        # 2156/SGD&ĐT-GDTrH" was 2156/SGD, "Kế hoạch số 95/KH-PGD&ĐT" 95/KH-PGD)
        ("Công văn số 2156/SGD&ĐT-GDTrH ngày 12/9/2023", "2156/SGD&ĐT-GDTrH", "state", "SGD&ĐT"),
        ("Kế hoạch số 95/KH-PGD&ĐT ngày 20/10/2023", "95/KH-PGD&ĐT", "state", "PGD&ĐT"),
        ("Văn bản số 1870/SNN&PTNT-TL gửi", "1870/SNN&PTNT-TL", "state", "SNN&PTNT"),
        # joint documents keep every issuer group; a unit after the issuer stays
        ("Chương trình phối hợp số 09/CTr-BCA-MTTW ngày 1/8/2013", "09/CTr-BCA-MTTW", "state", "BCA"),
        ("Hướng dẫn số 12/HD-BCA-V05 năm 2024", "12/HD-BCA-V05", "state", "BCA"),
        # regression: the Front writes state-style symbols (50/HD-MTTW-BTT was read as the Party's 50-HD/MTTW-BTT)
        ("Hướng dẫn số 50/HD-MTTW-BTT ngày 20/02/2024 của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam",
         "50/HD-MTTW-BTT", "state", "MTTW"),

        ("Quyết định số 367 - QĐ/TWĐTN-VP của Trung ương Đoàn", "367-QĐ/TWĐTN-VP", "party", "TWĐTN"),
        # regression: a number with a letter after its digits, as the Tổng Liên đoàn numbers ("Nghị quyết số 9c/NQ-BCH"
        # was no citation)
        ("Nghị quyết số 9c/NQ-BCH ngày 4/11/2016 của Ban Chấp hành Tổng Liên đoàn", "9c/NQ-BCH", "state", "BCH"),
        ("Nghị quyết 6b/NQ-TLĐ về phát triển đoàn viên", "6b/NQ-TLĐ", "state", "TLĐ"),
        # regression (found by tests/fuzz): a lettered number in the Party's form was no citation, so the
        # canonical form of a Party-coded state spelling ("01b/NĐ-CPTW" -> 01b-NĐ/CPTW) did not read back
        ("Nghị quyết số 01b-NQ/TW ngày 3/2/2020", "01b-NQ/TW", "party", "TW"),
        ("Kế hoạch 6b - KH/TU của Tỉnh ủy", "6b-KH/TU", "party", "TU"),
        # regression: a joint document of a mass organisation and a bank ("Văn bản liên tịch số 215/VBLT-HND-NHNo" was no
        # citation: VBLT was no type code)
        ("Văn bản liên tịch số 215/VBLT-HND-NHNo ngày 9/5/2023", "215/VBLT-HND-NHNo", "state", "HND"),
        # regression: the Politburo's personnel decisions carry their own code ("Quyết định số 2154-QĐNS/TW … về việc
        # thành lập Đảng bộ" was no citation: QĐNS was no type code)
        ("Quyết định số 2154-QĐNS/TW của Bộ Chính trị về việc thành lập Đảng bộ", "2154-QĐNS/TW", "party", "TW"),
        # a mixed-case Party code: the Thành ủy of a provincial city
        ("Kế hoạch số 112-KH/ThU ngày 5/3/2025 của Thành ủy Vinh", "112-KH/ThU", "party", "ThU"),
        # regression: a dot for the Party's slash, as small pages type it ("Chỉ thị số 09/CT.TW" was no citation)
        ("Chỉ thị số 09/CT.TW ngày 01-12-2011 của Ban Bí thư", "09-CT/TW", "party", "TW"),
        ("Chỉ thị 05/CT.TU của Tỉnh ủy Long An", "05-CT/TU", "party", "TU"),
        # a state công văn has no type code: NUMBER/ISSUER-UNIT
        ("Công văn số 1483/UBND-THNC ngày 17/11/2020", "1483/UBND-THNC", "state", "UBND"),
        ("Công văn số 1624/BVHTTDL-VHCS của Bộ", "1624/BVHTTDL-VHCS", "state", "BVHTTDL"),
        # regression: a numbered department after a dot ("V.I", the Government Office's Vụ I) ended the symbol before
        # its dot ("5123/VPCP-V", which no gold pairs)
        ("Công văn số 5123/VPCP-V.I ngày 3/8/2023", "5123/VPCP-V.I", "state", "VPCP"),
        ("theo chỉ đạo tại Công văn số 442/TTg-V.I ngày 9/6/2023", "442/TTg-V.I", "state", "TTg"),
        ("Công văn số 1033/TTCP-C.III của Thanh tra Chính phủ", "1033/TTCP-C.III", "state", "TTCP"),
        # regression: a provincial body's section after a dot, close up ("1033/QĐ-UBND.HC" ended before its dot, a
        # decision no gold pairs, and its date and attached plan were cut off it)
        ("UBND tỉnh ban hành Quyết định số 1033/QĐ-UBND.HC ngày 18/10/2021", "1033/QĐ-UBND.HC", "state", "UBND"),
        ("Quyết định số 215/QĐ-UBND.NC ngày 3/3/2024 của UBND tỉnh", "215/QĐ-UBND.NC", "state", "UBND"),
        # an issuer code after the dot is the next sentence with its space lost
        ("ban hành Quyết định số 12/QĐ-UBND.UBND tỉnh giao Sở Nội vụ", "12/QĐ-UBND", "state", "UBND"),
        # regression: OCR of a scanned plan reads "UBND" as "ƯBND": a plan no gold pairs
        ("Kế hoạch số 48/KH-ƯBND ngày 05/3/2024 của ƯBND tỉnh", "48/KH-UBND", "state", "UBND"),
        # regression: a number, a dash and the year ("Nghị quyết số 19-2018/NQ-CP", the Government's yearly resolutions on
        # the business climate, and others written so) was read from the year on, 2018/NQ-CP, a document no gold pairs
        ("UBND tỉnh ban hành Kế hoạch thực hiện Nghị quyết số 19-2018/NQ-CP ngày 15/5/2018", "19-2018/NQ-CP", "legal",
         "CP"),
        ("tiếp tục thực hiện Nghị quyết 35-2016/NQ-CP của Chính phủ về hỗ trợ doanh nghiệp", "35-2016/NQ-CP", "legal",
         "CP"),
    ],
)
def test_symbol_variants(text, canonical, system, issuer):
    [symbol] = find_symbols(text)
    assert symbol.canonical == canonical
    assert symbol.system == system
    assert symbol.issuer_code == issuer
    assert text[symbol.start:symbol.end] == symbol.raw


@pytest.mark.parametrize(
    "text",
    [
        "Ban Chỉ đạo 138/CP ban hành kế hoạch phòng, chống tội phạm",  # a committee's name
        "toàn tỉnh có 1.201/1.273 khu dân cư đạt chuẩn",  # a ratio
        "xử lý các trường hợp chạy quá 60 km/h trong khu dân cư",  # a unit
        "hội nghị ngày 1/8/2013 và ngày 30-1-2015",  # dates
        "trong giai đoạn 2021-2025 và 2026-2030",  # periods
        "Quận 3 và Quận 11 đã hoàn thành",  # numbered districts
        "tỷ lệ 134/159 xã, phường đạt chuẩn",  # another ratio
        "đợt cao điểm 3/2 đến 19/5 hằng năm",  # day/month pairs
        "các dự án giai đoạn 2019-2020/NQ-HĐND",  # a period before a type-issuer, no number-dash-year
    ],
)
def test_look_alikes_are_not_symbols(text):
    assert find_symbols(text) == []


def test_type_less_party_symbol_waits_for_the_prose_type():
    """"Chỉ thị 09/TW": the symbol has no type; the prose noun supplies it."""
    symbol = symbol_at("Chỉ thị 09/TW của Ban Bí thư", 8)
    assert symbol.canonical is None
    assert symbol.with_type("CT").canonical == "09-CT/TW"


@pytest.mark.parametrize(
    "text, canonical",
    [
        # regression: a number with its thousands grouped, after its noun ("số 1.234/QĐ-UBND" was no symbol)
        ("Quyết định số 1.234/QĐ-UBND ngày 5/5/2023", "1234/QĐ-UBND"),
        ("Kế hoạch số 3.456/KH-UBND", "3456/KH-UBND"),
    ],
)
def test_a_number_with_grouped_thousands(text, canonical):
    pos = text.index("số ") + 3
    symbol = symbol_at(text, pos)
    assert (symbol.canonical, symbol.number) == (canonical, canonical.split("/")[0])
    assert text[symbol.start:symbol.end] == symbol.raw


def test_a_ratio_after_a_noun_is_no_grouped_number():
    assert symbol_at("Kế hoạch số 1.201/1.273", 12) is None


@pytest.mark.parametrize(
    "text, canonical, number",
    [
        # regression: a legal symbol whose number has a part after a dot ("Nghị quyết số 66.7/2025/NQ-CP" was read as
        # 7/2025/NQ-CP inside a longer number, and so not at all)
        ("Nghị quyết số 66.7/2025/NQ-CP ngày 15/11/2025", "66.7/2025/NQ-CP", "66.7"),
        ("Nghị quyết 66.14/2025/NQ-CP của Chính phủ", "66.14/2025/NQ-CP", "66.14"),
    ],
)
def test_a_number_with_a_part_after_a_dot(text, canonical, number):
    pos = text.index("66")
    symbol = symbol_at(text, pos)
    assert (symbol.canonical, symbol.number, symbol.system) == (canonical, number, "legal")
    assert text[symbol.start:symbol.end] == symbol.raw


def test_a_dotted_number_of_no_legal_symbol_is_none():
    assert symbol_at("tăng 6.7/10 điểm", 5) is None


def test_all_hyphen_form_is_read_after_its_noun():
    """The rare 72-NQ-TW has no slash: it is read where a noun announces a number."""
    assert symbol_at("Nghị Quyết số 72-NQ-TW", 14).canonical == "72-NQ/TW"
    assert symbol_at("Chỉ thị số 09-CT.TW", 11).canonical == "09-CT/TW"  # a dot for the slash


@pytest.mark.parametrize("text, canonical", [
    # regression: the Government's symbols without a type, before the mid-1990s ("Nghị định số 64/CP ngày 27-9-1993"
    # was no citation at all)
    ("Nghị định số 64/CP ngày 27-9-1993", "64/CP"),
    ("Nghị định 02-CP ngày 15-1-1994", "02/CP"),
    ("Chỉ thị 406/TTg ngày 8-8-1994", "406/TTg"),
    ("Quyết định 72/HĐBT ngày 13-3-1990", "72/HĐBT"),
    ("Nghị định số 64/CP-TW", None),  # some longer code
    ("Quyết định số 12/CPN", None),
])
def test_an_old_government_symbol_is_read_after_its_noun(text, canonical):
    at = text.index(next(w for w in text.split() if w[0].isdigit()))
    symbol = old_government_symbol_at(text, at)
    assert (symbol.canonical if symbol else None) == canonical


@pytest.mark.parametrize("written, canonical", [("Ctr", "CTr"), ("nq", "NQ"), ("qđ", "QĐ"), ("CTHĐ", "CTHĐ")])
def test_type_codes_in_canonical_case(written, canonical):
    assert type_code(written) == canonical


def test_unknown_type_code_is_no_type():
    assert type_code("km") is None


@pytest.mark.parametrize(
    "text, canonical, issuer",
    [
        ("2365/BQLDA-KT ngày 10/5/2019", "2365/BQLDA-KT", "BQLDA"),  # a body the tables do not list
        ("1483/UBND-THNC, ngày 17/11/2020", "1483/UBND-THNC", "UBND"),
        ("512/SNV-CCVC gửi các sở", "512/SNV-CCVC", "SNV"),
        # regression: a body's letter with no unit ("Công văn số 215/PGDĐT", a district office's; "88/UBND", a
        # commune's) was no symbol: the letter became an unnumbered one, related to nothing
        ("215/PGDĐT ngày 10/4/2024 hướng dẫn", "215/PGDĐT", "PGDĐT"),
        ("88/UBND ngày 10/4/2024", "88/UBND", "UBND"),
        # regression: a district office's letter with "&" in its code and no unit ("Công văn số 15/PGD&ĐT") was none
        ("15/PGD&ĐT ngày 10/4/2024", "15/PGD&ĐT", "PGD&ĐT"),
        # regression: a province's initials ending in a small letter ("Công văn số 412/KBQNg-KSC", Quảng Ngãi's treasury;
        # "685/CTQNg-TTHT", its tax department) were no symbol: the letter was an unnumbered one
        ("412/KBQNg-KSC ngày 1/3/2024", "412/KBQNg-KSC", "KBQNg"),
        ("685/CTQNg-TTHT ngày 27/02/2024", "685/CTQNg-TTHT", "CTQNg"),
    ],
)
def test_cong_van_symbol_with_any_issuer(text, canonical, issuer):
    """After the noun "Công văn", NUMBER/ISSUER-UNIT (or NUMBER/ISSUER) is read whatever the issuer code."""
    symbol = letter_symbol_at(text, 0)
    assert (symbol.canonical, symbol.issuer_code) == (canonical, issuer)


def test_unknown_issuer_without_the_noun_is_no_symbol():
    assert find_symbols("phường 2365/BQLDA-KT") == []


def test_a_cong_van_number_without_an_issuer_is_no_symbol():
    assert letter_symbol_at("12/2024 của UBND", 0) is None


def test_a_listed_department_code_makes_a_cong_van_symbol_without_the_noun():
    (symbol,) = find_symbols("theo 2365/STP-VP của Sở Tư pháp")
    assert (symbol.canonical, symbol.type_code, symbol.system) == ("2365/STP-VP", None, "state")


def test_symbols_do_not_overlap():
    """Regression (fuzzer): the digit closing one symbol's issuer is not the next one's number."""
    text = "Ngnh 200/20\x119/NĐ-C0/2019/NĐ-CP, Công văn"
    symbols = find_symbols(text)
    assert all(a.end <= b.start for a, b in zip(symbols, symbols[1:]))


# regression (found by the atheris target): an issuer part with a letter that upper-cases to
# several ("ΐ" -> "Ϊ́") gave a canonical symbol that read back as another one; so did a part
# joined to a unit after a dot, left as written ("2/UBND-T.W", which reads back as 2/UBND-TW)
@pytest.mark.parametrize("text", ["Công văn số 0/QH8-ΐUTQH8-ĐUTW", "Văn bản 12/UBND-ßtp",
                                  "Công văn 2/UND-t.W ngày 3/4"])
def test_a_canonical_symbol_reads_back_as_itself(text):
    (symbol,) = find_symbols(text)
    assert [s.canonical for s in find_symbols(symbol.canonical)] == [symbol.canonical]
