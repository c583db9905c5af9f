"""The browser pages in real Chromium (Debian's /usr/bin/chromium driven by Playwright), offline:
every test fails if a request leaves 127.0.0.1 or an asset does not load.

The journey of issue 5: search "Chỉ thị 09", reach 09-CT/TW, see Hà Tĩnh's programme
448-CTr/TU in its implementation tree and in the drawn graph, open the gap table, click a node
and land on its page. The tests save the screenshots of docs/screenshots/.
"""
from __future__ import annotations

import json
import re
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import uvicorn
from playwright.sync_api import Browser, BrowserContext, Page, Route, expect, sync_playwright

from api.app import create_app
from graph.load import load_paths
from graph.store import Store, open_store
from loaders import gazetteer
from tests.conftest import REPO
from tests.test_web import SCRIPT, site_store

pytestmark = [pytest.mark.browser, pytest.mark.slow]

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
SCREENSHOTS = REPO / "docs" / "screenshots"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The whole app (JSON API and pages) with uvicorn on 127.0.0.1, over the five sample
    articles and the Can Lộc article, read, extracted and loaded by graph.load."""
    yield from serve(site_store(tmp_path_factory.mktemp("articles")))


def serve(store: Store) -> Iterator[str]:
    """The app over `store` with uvicorn on 127.0.0.1, on a free port, until the generator is closed."""
    server = uvicorn.Server(uvicorn.Config(create_app(store=store), host="127.0.0.1",
                                           port=free_port(), log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        assert thread.is_alive() and time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{server.config.port}"
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is not installed (make chromium)")
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield launched
        launched.close()


def phone_tab(browser: Browser, site: str) -> tuple[BrowserContext, Page]:
    """A new context as a phone opens the site (390 × 844, touch, Vietnamese), offline-guarded, and its tab."""
    context = browser.new_context(base_url=site, viewport={"width": 390, "height": 844}, locale="vi-VN",
                                  is_mobile=True, has_touch=True)
    refuse_other_hosts(context)
    return context, context.new_page()


def refuse_other_hosts(context: BrowserContext) -> list[str]:
    """Abort every request of the context that is not for 127.0.0.1; the list fills with them."""
    left: list[str] = []

    def only_local(route: Route) -> None:
        url = urlsplit(route.request.url)
        if url.scheme in ("http", "https", "ws", "wss") and url.hostname != "127.0.0.1":
            left.append(route.request.url)
            route.abort()
        else:
            route.continue_()

    context.route("**/*", only_local)
    return left


@pytest.fixture
def page(browser: Browser, site: str) -> Iterator[Page]:
    """A tab on the site that refuses (and records) every request to another host, and records
    assets that fail and script errors; the test fails on any of them."""
    context = browser.new_context(base_url=site, viewport={"width": 1280, "height": 900},
                                  locale="vi-VN")
    left = refuse_other_hosts(context)
    broken, errors = [], []
    tab = context.new_page()
    tab.on("response", lambda r: r.status >= 400 and r.request.resource_type != "document"
           and broken.append(f"{r.status} {r.url}"))
    tab.on("pageerror", lambda error: errors.append(str(error)))
    yield tab
    context.close()
    assert left == [], f"requests left 127.0.0.1: {left}"
    assert broken == [], f"assets that did not load: {broken}"
    assert errors == [], f"script errors: {errors}"


def open_directive(page: Page) -> None:
    page.goto("/")
    page.get_by_role("search").get_by_role("searchbox").fill("Chỉ thị 09")
    page.keyboard.press("Enter")
    page.locator("#results").get_by_role("link", name="Chỉ thị 09-CT/TW", exact=True).click()
    expect(page.locator("h1")).to_have_text("Chỉ thị 09-CT/TW")


def open_graph(page: Page, hops: int = 2) -> None:
    open_directive(page)
    page.get_by_role("link", name="Xem đồ thị quan hệ").click()
    if hops != 2:
        page.get_by_label("Phạm vi").select_option(str(hops))
    page.wait_for_function("window.chithiGraph && window.chithiGraph.state === 'stable'")


def node_labels(page: Page, dataset: str = "view") -> list[str]:
    return page.evaluate(f"chithiGraph.{dataset}.get().map(n => n.label)")


def node_screen_point(page: Page, label: str) -> tuple[float, float]:
    """Where a drawn node is on the screen (vis-network draws on a canvas)."""
    return page.evaluate("""label => {
        const node = chithiGraph.nodes.get({filter: n => n.label === label})[0];
        const net = chithiGraph.network;
        net.moveTo({position: net.getPosition(node.id), animation: false});
        const at = net.canvasToDOM(net.getPosition(node.id));
        const box = document.getElementById('graph-canvas').getBoundingClientRect();
        return [box.left + at.x, box.top + at.y];
    }""", label)


def test_home_shows_an_overview_and_search_reaches_the_directive(page: Page):
    page.goto("/")
    expect(page.locator(".stat").first).to_contain_text("văn bản")
    expect(page.get_by_role("heading", name=re.compile("Được thực hiện nhiều nhất"))).to_be_visible()
    page.screenshot(path=SCREENSHOTS / "home.png", full_page=True)
    open_directive(page)
    expect(page.locator("dl.facts")).to_contain_text("Ban Bí thư")


@pytest.mark.parametrize("typed", ["Chỉ thị 09", "chi thi 09", "09/TW", "9-ct/tw"])
def test_search_finds_the_directive_however_it_is_typed(page: Page, typed: str):
    page.goto("/?q=" + typed)
    expect(page.locator("#results").get_by_role("link", name="Chỉ thị 09-CT/TW", exact=True)).to_be_visible()


def test_the_directive_page_shows_the_tree_the_gaps_and_the_sentences(page: Page):
    open_directive(page)
    tree = page.locator("#tree + .card")
    expect(tree.get_by_role("link", name="Chương trình hành động 448-CTr/TU")).to_be_visible()
    expect(tree.get_by_role("link", name="Kế hoạch 73-KH/QU")).to_be_visible()  # two levels down
    expect(page.locator("#conflicts")).to_contain_text("01/12/2011")  # the sources disagree on the date

    page.get_by_role("link", name="Bảng khoảng trống").click()
    ha_tinh = page.locator("#gaps-province tr", has_text="Hà Tĩnh")
    expect(ha_tinh).to_contain_text("Đã có văn bản")
    expect(ha_tinh.get_by_role("link", name="Chương trình hành động 448-CTr/TU")).to_be_visible()
    expect(page.locator("#gaps-province tr", has_text="Quảng Bình")).to_contain_text("Chưa thấy văn bản")
    expect(page.locator("#gaps-district tr", has_text="Can Lộc")).to_contain_text("Đã có văn bản")

    day = page.get_by_label("Đơn vị hành chính tại ngày")
    expect(day).to_have_value("01/12/2011")  # the day the table is for, written as the page writes days
    day.fill("30/06/2013")
    page.get_by_role("button", name="Xem").click()
    expect(page.locator("#gaps")).to_be_visible()
    expect(page.locator("#gaps ~ p.muted").first).to_contain_text("30/06/2013")
    assert "as_of=30%2F06%2F2013" in page.url

    cited = page.locator("#sources ~ section blockquote mark")
    expect(cited.filter(has_text="Chỉ thị số 09-CT/TW").first).to_be_visible()  # the citation, highlighted
    expect(cited.filter(has_text="Chỉ thị 09/TW").first).to_be_visible()  # another way of writing it
    page.screenshot(path=SCREENSHOTS / "document.png", full_page=True)


def test_the_timeline_shows_when_the_documents_came(page: Page):
    open_directive(page)
    page.get_by_role("link", name="Dòng thời gian").click()
    expect(page.locator("h1")).to_contain_text("Dòng thời gian thực hiện")
    expect(page.locator("#timeline li").first).to_contain_text("/2012")
    bar = page.locator("#years tr[data-year='2012'] .bar")
    expect(bar).to_have_attribute("aria-label", re.compile("Cấp tỉnh: \\d+"))
    page.wait_for_load_state("load")  # the stylesheet makes a segment a block: before it, an empty inline span
    assert bar.locator(".seg").first.bounding_box()["width"] > 0
    page.screenshot(path=SCREENSHOTS / "timeline.png", full_page=True)


def test_the_gap_table_shows_its_gaps_alone(page: Page):
    open_directive(page)
    provinces = page.locator("#gaps-province")
    expect(provinces.locator("tr", has_text="Hà Tĩnh")).to_be_visible()
    gaps_only = page.get_by_label(re.compile("Chỉ hiện .* đơn vị chưa thấy văn bản")).first
    gaps_only.check()
    expect(provinces.locator("tr", has_text="Hà Tĩnh")).to_be_hidden()
    expect(provinces.locator("tr", has_text="Quảng Bình")).to_be_visible()
    assert provinces.locator("tr[data-status='implemented']").evaluate_all(
        "rows => rows.length > 0 && rows.every(r => r.offsetParent === null)")
    gaps_only.uncheck()
    expect(provinces.locator("tr", has_text="Hà Tĩnh")).to_be_visible()


def test_on_a_phone_the_directive_page_fits_and_a_gap_row_reads_as_a_card(browser: Browser, site: str):
    context, tab = phone_tab(browser, site)
    open_directive(tab)
    assert tab.evaluate("document.documentElement.scrollWidth") <= 390
    wrap = tab.locator("#gaps-province").locator("xpath=..")
    assert wrap.evaluate("w => w.scrollWidth <= w.clientWidth")  # the table does not scroll sideways
    row = tab.locator("#gaps-province tr", has_text="Hà Tĩnh")
    name, status = row.locator("td").nth(0).bounding_box(), row.locator("td").nth(1).bounding_box()
    assert abs(name["y"] - status["y"]) < 4  # the unit and its status side by side
    assert row.locator("td.num").evaluate("td => getComputedStyle(td, '::after').content") == '" bài"'
    tab.locator("#gaps").evaluate("heading => heading.scrollIntoView()")
    tab.screenshot(path=SCREENSHOTS / "document-phone.png")
    context.close()


def test_on_a_phone_the_timeline_tables_fit_without_scrolling_sideways(browser: Browser, site: str):
    """The delays table's headings did not wrap: the median and the latest delay were out of sight."""
    context, tab = phone_tab(browser, site)
    open_directive(tab)
    tab.get_by_role("link", name="Dòng thời gian").click()
    for table in ("#delays", "#years"):
        wrap = tab.locator(table).locator("xpath=..")
        assert wrap.evaluate("w => w.scrollWidth <= w.clientWidth"), table
    context.close()


def test_the_graph_lists_what_it_draws_and_finds_a_listed_document_on_it(page: Page):
    open_graph(page)
    page.locator("#graph-list summary").click()
    listed = page.locator("#graph-list-body a")
    expect(listed).to_have_count(len(node_labels(page)))
    page.get_by_label("Tìm Chương trình hành động 448-CTr/TU trên đồ thị").click()
    expect(page.locator("#info-label")).to_have_text("Chương trình hành động 448-CTr/TU")
    assert page.evaluate("chithiGraph.network.getSelectedNodes().map(id => chithiGraph.nodes.get(id).label)") == ["448-CTr/TU"]
    page.get_by_role("button", name="Đóng").click()  # the panel covers the drawing on a phone
    expect(page.locator("#graph-info")).to_be_hidden()
    assert page.evaluate("chithiGraph.network.getSelectedNodes()") == []
    page.locator("label[data-filter-row='level:district']").click()  # the list follows the filters
    expect(page.locator("#graph-list-body")).not_to_contain_text("Kế hoạch 73-KH/QU")
    page.locator("#graph-list-body").get_by_role("link", name="Chương trình hành động 26-CTr/TU").click()
    expect(page.locator("h1")).to_have_text("Chương trình hành động 26-CTr/TU")


def test_the_graph_zooms_with_its_buttons_and_the_keyboard(page: Page):
    open_graph(page)
    scale = page.evaluate("chithiGraph.network.getScale()")
    page.get_by_role("button", name="Phóng to").click()
    assert page.evaluate("chithiGraph.network.getScale()") == pytest.approx(scale * 1.5)
    page.get_by_role("button", name="Thu nhỏ").click()
    assert page.evaluate("chithiGraph.network.getScale()") == pytest.approx(scale)
    page.get_by_role("application", name="Đồ thị quan hệ của Chỉ thị 09-CT/TW").focus()  # as Tab reaches it
    page.keyboard.down("Equal")
    page.wait_for_timeout(200)
    page.keyboard.up("Equal")
    assert page.evaluate("chithiGraph.network.getScale()") > scale


def test_the_graph_draws_the_programme_and_a_node_opens_its_page(page: Page):
    open_graph(page)
    drawn = node_labels(page)
    assert {"09-CT/TW", "448-CTr/TU", "26-CTr/TU", "73-KH/QU"} <= set(drawn)
    programme = page.evaluate("chithiGraph.nodes.get({filter: n => n.label === '448-CTr/TU'})[0]")
    assert (programme["shape"], programme["levelKey"], programme["year"]) == ("square", "province", 2012)
    expect(page.locator("#graph-status")).to_contain_text(f"{len(drawn)} văn bản")
    page.screenshot(path=SCREENSHOTS / "graph.png")

    x, y = node_screen_point(page, "448-CTr/TU")
    page.mouse.click(x, y)
    expect(page.locator("#info-label")).to_have_text("Chương trình hành động 448-CTr/TU")
    page.get_by_role("link", name="Mở trang").click()
    expect(page.locator("h1")).to_have_text("Chương trình hành động 448-CTr/TU")

    page.go_back()
    page.wait_for_function("window.chithiGraph && window.chithiGraph.state === 'stable'")
    x, y = node_screen_point(page, "73-KH/QU")
    page.mouse.dblclick(x, y)
    expect(page.locator("h1")).to_have_text("Kế hoạch 73-KH/QU")


def test_filters_hide_documents_by_level_type_and_year(page: Page):
    open_graph(page)
    assert "73-KH/QU" in node_labels(page)
    page.locator("label[data-filter-row='level:district']").click()
    assert "73-KH/QU" not in node_labels(page) and "448-CTr/TU" in node_labels(page)
    page.locator("label[data-filter-row='type:CTr']").click()
    assert "448-CTr/TU" not in node_labels(page)
    assert "09-CT/TW" in node_labels(page)  # the centre stays
    page.locator("label[data-filter-row='type:CTr']").click()
    page.get_by_label("Từ năm").fill("2013")
    shown = page.evaluate("chithiGraph.view.get().filter(n => !n.centre).map(n => n.year)")
    assert shown and all(year is None or year >= 2013 for year in shown)
    expect(page.locator("#graph-status")).to_contain_text("đang hiện")


def test_expanding_a_node_brings_its_neighbours(page: Page):
    open_graph(page, hops=1)
    assert "12-KH/HU" not in node_labels(page, "nodes")
    page.locator("label[data-filter-row='type:KL']").click()  # a hidden node must not stop it
    assert "44-KL/TW" not in node_labels(page)
    x, y = node_screen_point(page, "448-CTr/TU")
    page.mouse.click(x, y)
    page.get_by_role("button", name="Mở rộng lân cận").click()
    page.wait_for_function("chithiGraph.state === 'stable' && chithiGraph.nodes.get().some(n => n.label === '12-KH/HU')")
    edge = page.evaluate("""chithiGraph.edges.get().filter(e => e.relation === 'implements'
        && chithiGraph.nodes.get(e.from).label === '12-KH/HU').map(e => chithiGraph.nodes.get(e.to).label)""")
    assert edge == ["448-CTr/TU"]


def test_the_force_layout_settles_once_then_stops_the_physics(page: Page):
    open_graph(page)
    page.get_by_label("Tự do (mô phỏng lực)").check()
    page.wait_for_function("chithiGraph.state === 'stable'")
    assert page.evaluate("chithiGraph.network.physics.options.enabled") is False
    assert set(node_labels(page)) >= {"09-CT/TW", "448-CTr/TU"}


def test_a_script_in_an_article_is_shown_as_text_and_never_run(page: Page):
    page.goto("/?q=12-KH/HU")
    page.locator("#results").get_by_role("link", name="Kế hoạch 12-KH/HU").click()
    expect(page.locator("#doc-title")).to_have_text(f"về tăng cường {SCRIPT} phòng, chống tội phạm trên địa bàn huyện")
    source = page.locator("#sources ~ section h3").first
    expect(source).to_contain_text(f"Can Lộc {SCRIPT} triển khai")
    expect(source.locator("a")).to_have_count(0)  # a javascript: link is not made a link
    page.get_by_role("link", name="Xem đồ thị quan hệ").click()
    page.wait_for_function("window.chithiGraph && window.chithiGraph.state === 'stable'")
    x, y = node_screen_point(page, "12-KH/HU")
    page.mouse.click(x, y)
    expect(page.locator("#info-title")).to_have_text(f"về tăng cường {SCRIPT} phòng, chống tội phạm trên địa bàn huyện")
    page.mouse.move(x, y + 2)
    expect(page.locator("div.vis-tooltip")).to_contain_text(SCRIPT)
    assert page.evaluate("window.__pwned") is None
    assert page.locator("#graph-info script, div.vis-tooltip script").count() == 0


def test_issuer_unit_and_matrix_pages(page: Page):
    open_directive(page)
    page.get_by_role("link", name="Bảng khoảng trống").click()
    page.locator("#gaps-province").get_by_role("link", name="Chương trình hành động 448-CTr/TU").click()
    page.locator("dl.facts").get_by_role("link", name=re.compile("Tỉnh ủy Hà Tĩnh")).click()
    expect(page.locator(".kicker")).to_contain_text("Cơ quan ban hành")
    expect(page.locator(".doc-list")).to_contain_text("448-CTr/TU")
    page.locator("dl.facts").get_by_role("link", name="Hà Tĩnh", exact=True).click()
    expect(page.locator(".kicker")).to_contain_text("Đơn vị hành chính")
    expect(page.locator("h1")).to_have_text("Tỉnh Hà Tĩnh")
    page.get_by_role("link", name="Ma trận thực hiện").click()
    column = page.locator("#matrix thead th").all_inner_texts().index("09-CT/TW")
    expect(page.locator("#matrix tr", has_text="Hà Tĩnh").locator("td, th").nth(column)).to_have_class(re.compile("done"))


def test_the_first_tab_skips_the_header_to_the_content(page: Page):
    open_directive(page)
    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Bỏ qua, tới nội dung chính")
    expect(skip).to_be_focused()
    assert skip.bounding_box()["y"] >= 0  # shown once focused
    page.keyboard.press("Enter")
    expect(page.locator("main")).to_be_focused()
    page.keyboard.press("Tab")  # the next stop is in the content, not the header's links
    assert page.evaluate("document.activeElement.closest('main') !== null")


def test_the_pages_switch_to_english_and_back_keeping_the_page(page: Page):
    open_directive(page)
    page.get_by_role("link", name="English").click()
    expect(page.locator("h1")).to_have_text("Chỉ thị 09-CT/TW")
    expect(page.get_by_role("heading", name="Implementation tree")).to_be_visible()
    page.get_by_role("link", name="See the relation graph").click()
    page.wait_for_function("window.chithiGraph && window.chithiGraph.state === 'stable'")
    expect(page.locator("#graph-status")).to_contain_text("documents")
    x, y = node_screen_point(page, "448-CTr/TU")
    page.mouse.click(x, y)
    page.get_by_role("button", name="Expand its neighbours").click()  # /en/ego/…
    page.wait_for_function("chithiGraph.state === 'stable' && chithiGraph.nodes.get().some(n => n.label === '12-KH/HU')")
    page.get_by_role("link", name="Open its page").click()
    expect(page.get_by_role("heading", name="This document implements")).to_be_visible()
    page.get_by_role("link", name="Tiếng Việt").click()
    expect(page.get_by_role("heading", name="Văn bản này thực hiện")).to_be_visible()
    assert "/en/" not in page.url


def test_an_unknown_document_is_a_404_page(page: Page):
    response = page.goto("/doc/khong-co-van-ban-nay")
    assert response is not None and response.status == 404
    expect(page.locator("h1")).to_contain_text("Không tìm thấy")


def test_the_offline_guard_catches_a_request_to_another_host(browser: Browser, site: str):
    context = browser.new_context(base_url=site)
    left = refuse_other_hosts(context)
    tab = context.new_page()
    tab.goto("/")
    tab.evaluate("fetch('https://cdnjs.cloudflare.com/ajax/libs/vis-network/9.1.2/dist/vis-network.min.js').catch(() => null)")
    context.close()
    assert left == ["https://cdnjs.cloudflare.com/ajax/libs/vis-network/9.1.2/dist/vis-network.min.js"]


def provincial_programme_article(n: int, province: gazetteer.Unit) -> dict[str, str]:
    """A news item of the kind every province's paper runs: its Party committee's programme
    implementing the Secretariat's Chỉ thị 31-CT/TW (written for these tests)."""
    lead = (f"Thực hiện Chỉ thị số 31-CT/TW ngày 8/3/2019 của Ban Bí thư về tăng cường sự lãnh đạo của Đảng "
            f"đối với công tác bảo vệ rừng, Ban Thường vụ Tỉnh ủy {province.name} đã ban hành Chương trình hành "
            f"động số {100 + n}-CTr/TU ngày {1 + n % 28}/6/2019 để triển khai trên địa bàn tỉnh.")
    return {"id": f"ctr-31-{province.code}", "url": f"https://bao.example.vn/{province.code}/ctr-31.htm",
            "title": f"{province.name} triển khai Chỉ thị 31-CT/TW", "published": "2019-07-01",
            "text": f"{province.name} triển khai Chỉ thị 31-CT/TW\n\n({province.name}) - {lead}"}


@pytest.fixture(scope="module")
def wide_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A directive that 60 provinces implement: a graph as wide as a real directive's."""
    folder = tmp_path_factory.mktemp("wide")
    (folder / "ctr-31.jsonl").write_text("".join(
        json.dumps(provincial_programme_article(n, p), ensure_ascii=False) + "\n"
        for n, p in enumerate(gazetteer.provinces("legacy")[:60])), encoding="utf-8")
    store = open_store("memory:")
    assert load_paths(store, [folder], progress=False).ok
    yield from serve(store)


def test_on_a_phone_a_wide_graph_opens_on_the_directive_at_a_scale_its_labels_are_read_at(
        browser: Browser, wide_site: str):
    """A directive's 60 programmes fitted in 390 px drew their labels at 2 px (the whole graph
    at scale 0.19): the first view is the directive at the readable scale, the fit button shows all."""
    context, tab = phone_tab(browser, wide_site)
    tab.goto("/graph/doc/vn/31-ct-tw/khoa-xii?hops=1")
    tab.wait_for_function("window.chithiGraph && window.chithiGraph.state === 'stable'")
    assert tab.evaluate("chithiGraph.nodes.length") == 61
    scales = tab.evaluate("JSON.parse(document.getElementById('graph-data').textContent).scales")
    assert tab.evaluate("chithiGraph.network.getScale()") == pytest.approx(scales["readable"])
    expect(tab.locator("#graph-status")).to_contain_text("Thu gọn vừa khung")
    centre = tab.evaluate("""() => { const id = chithiGraph.nodes.get({filter: n => n.centre})[0].id;
        return chithiGraph.network.canvasToDOM(chithiGraph.network.getPosition(id)); }""")
    frame = tab.locator("#graph-canvas").bounding_box()
    assert 0 < centre["x"] < frame["width"] and 0 < centre["y"] < frame["height"]  # on screen
    tab.locator("#graph-canvas").scroll_into_view_if_needed()
    tab.screenshot(path=SCREENSHOTS / "graph-phone.png")
    tab.get_by_role("button", name="Thu gọn vừa khung").click()
    assert tab.evaluate("chithiGraph.network.getScale()") < scales["overview"]  # the whole: too small to read
    context.close()


def test_a_graph_that_fits_readably_on_a_phone_opens_whole(browser: Browser, site: str):
    context, tab = phone_tab(browser, site)
    open_graph(tab, hops=1)
    scales = tab.evaluate("JSON.parse(document.getElementById('graph-data').textContent).scales")
    assert tab.evaluate("chithiGraph.network.getScale()") >= scales["overview"]
    expect(tab.locator("#graph-status")).not_to_contain_text("Thu gọn vừa khung")
    context.close()
