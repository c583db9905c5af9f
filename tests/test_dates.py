"""Dates in every written form, read day-month-year, returned as ISO."""
import pytest

from loaders.dates import date_at, find_dates, to_iso


@pytest.mark.parametrize(
    "text, iso",
    [
        ("Chỉ thị ban hành ngày 1-12-2011", "2011-12-01"),  # QĐND style
        ("ngày 01/12/2011 của Ban Bí thư", "2011-12-01"),  # Party and news style
        ("ngày 1/8/2013 Bộ Công an ký", "2013-08-01"),  # no zero padding
        ("ký ngày 1.12.2011 tại Hà Nội", "2011-12-01"),  # dots
        ("Hà Nội, ngày 1 tháng 12 năm 2011", "2011-12-01"),  # header style
        ("ngày 08 tháng 4 năm 2024", "2024-04-08"),
        ("ngày 15 tháng 9, năm 2021", "2021-09-15"),  # a comma before "năm"
        ("ban hành (ngày 31/5/2025) và", "2025-05-31"),
    ],
)
def test_written_forms(text, iso):
    [found] = find_dates(text)
    assert found.iso == iso


@pytest.mark.parametrize(
    "text",
    [
        "tỷ lệ 1.201/1.273 khu dân cư",  # a ratio, not a date
        "giai đoạn 2021-2025",  # a period
        "Quận 3, Phường 12",
        "đạt 93,24% và 96,95%",
    ],
)
def test_look_alikes_are_not_dates(text):
    assert find_dates(text) == []


def test_impossible_day_has_no_iso():
    [found] = find_dates("ngày 31/2/2020")
    assert found.iso is None
    assert to_iso(29, 2, 2024) == "2024-02-29"
    assert to_iso(29, 2, 2023) is None


@pytest.mark.parametrize(
    "text, year, iso, end",
    [
        # where a citation gives its date: ", ngày …", "(ngày …)", " ngày …"
        (", ngày 03/6/2013 của Ban Chấp hành", None, "2013-06-03", 16),
        (" (ngày 4 tháng 6 năm 2020) của Bộ Chính trị", None, "2020-06-04", 26),
        (" ngày 12-12-2022 của Ban Bí thư", None, "2022-12-12", 16),
        # a partial date takes the article's year, and has none without it
        (" ngày 6/8, Ban Thường vụ", 2017, "2017-08-06", 9),
        (" ngày 6/8, Ban Thường vụ", None, None, 9),
        # ... written with a dot, as Thanh Niên writes it
        (" Ngày 10.2, Ban Thường vụ Tỉnh ủy Bắc Ninh ban hành", 2025, "2025-02-10", 10),
        (" ngày 30.4, Đảng ủy Chính phủ chỉ đạo", 2025, "2025-04-30", 10),
        # regression: "mồng" or "mùng" before one of a month's first ten days (the date was not read)
        (" ngày mồng 8 tháng 11 năm 2017 ban hành", None, "2017-11-08", 30),
        (", ngày mùng 5/3/2020 của UBND tỉnh", None, "2020-03-05", 20),
    ],
)
def test_date_after_a_citation(text, year, iso, end):
    found = date_at(text, 0, year)
    assert (found.iso, found.end) == (iso, end)


@pytest.mark.parametrize(
    "text",
    [
        " 6/8 khu dân cư",  # a partial date needs the word "ngày"
        " ngày 1.500 người",  # a number with a thousands dot is no date
        " của Ban Bí thư",
        " (ngày 31/5/2025 và ngày 2/6/2025)",  # a parenthesis that goes on is not a date aside
    ],
)
def test_no_date_after_a_citation(text):
    assert date_at(text, 0, 2020) is None


def test_a_word_before_may_stand_for_ngay():
    # "Chiều 25/9, …": the caller read the time of day that stands for "ngày"
    assert date_at("25/9, Chủ tịch UBND tỉnh ký", 0, 2024, day_named=True).iso == "2024-09-25"
    assert date_at("25/9, Chủ tịch UBND tỉnh ký", 0, 2024) is None
