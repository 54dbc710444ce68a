"""Rendering the digest: HTML, text and PDF, and the HTML as a real browser draws it.

The browser test runs Debian's headless Chromium (installed by ``.ci/run``) twice on the
standalone page: once with ``--dump-dom`` to read where each chart image landed and its
decoded size (a small script added to the test copy records them), once with
``--screenshot`` to get the pixels. It then checks the page is not blank and that each
chart region holds the chart's colours. Without Chromium it is skipped locally but
fails under CI (``CI=true``).
"""

from __future__ import annotations

import io
import os
import re
import subprocess
from datetime import datetime, timezone

import numpy as np
import pytest
from matplotlib.image import imread

from monitor.charts import CHART_IDS, LABEL_COLOURS, render_charts
from monitor.digest import (
    build_digest,
    chromium_command,
    find_chromium,
    render_html,
    render_html_standalone,
    render_pdf,
    render_text,
)
from monitor.store import Store
from tests.monitor.test_digest import NOW, PHONE, SCHOOL, WEEK, seed_week

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
WIDTH = 760


@pytest.fixture(scope="module")
def module_store(tmp_path_factory):
    store = Store(f"sqlite:///{tmp_path_factory.mktemp('digest') / 'monitor.db'}")
    store.migrate()
    seed_week(store)
    yield store
    store.dispose()


@pytest.fixture(scope="module")
def digest(module_store):
    return build_digest(module_store, SCHOOL, WEEK, now=NOW)


@pytest.fixture(scope="module")
def empty_digest(tmp_path_factory):
    store = Store(f"sqlite:///{tmp_path_factory.mktemp('empty') / 'monitor.db'}")
    store.migrate()
    yield build_digest(store, SCHOOL, "2026-W02", now=datetime(2026, 1, 12, 7, tzinfo=timezone.utc))
    store.dispose()


@pytest.fixture(scope="module")
def chromium():
    binary = find_chromium()
    if binary is None:
        if os.environ.get("CI"):
            pytest.fail("chromium is not installed on the CI machine (Debian package: chromium)")
        pytest.skip("chromium is not installed (apt-get install chromium)")
    return binary


def _run_chromium(binary: str, profile, *args: str) -> subprocess.CompletedProcess:
    cmd = chromium_command(binary, profile, f"--window-size={WIDTH},4200", *args)
    return subprocess.run(cmd, capture_output=True, text=True, timeout=90, check=True)


def test_email_html_references_every_inline_image(digest):
    html, images = render_html(digest)
    assert [cid for cid, _ in images] == list(CHART_IDS)
    for cid, png in images:
        assert png.startswith(PNG_MAGIC) and len(png) > 5000
        assert f'src="cid:{cid}"' in html
    assert "data:image" not in html
    for figure in ("Oakfield Primary School", "2026-W47", "2 min 30 s", "Jamie Example", "Tom Okafor",
                   "Sarah Whitfield", "@OakfieldPrimary", "needs re-authorisation"):
        assert figure in html


def test_no_personal_data_or_author_ids_in_any_format(digest):
    html, _ = render_html(digest)
    for out in (html, render_html_standalone(digest), render_text(digest)):
        assert PHONE not in out and "900123" not in out
        assert "fb-jamie" not in out and "x-bot" not in out  # authors by display name only
        assert "[phone]" in out  # the excerpt is there, masked


def test_text_part_figures(digest):
    text = render_text(digest)
    assert "Comments seen ................ 10 (up 7 on last week)" in text
    assert "Hidden or removed ............ 8 (up 7 on last week)" in text
    assert "Safeguarding cases ........... 2 (2 open)" in text
    assert re.search(r"Comment posted to action taken, median\s+2 min 30 s\s+5 min\s+3 min", text)
    assert re.search(r"Alert raised to acknowledged, 95th pct\s+30 min\s+no data\s+30 min", text)
    assert "Jamie Example on Facebook: 4 actioned, blocked" in text
    assert "Autumn term 2026, 12 weeks so far" in text
    assert "since last digest: 50 calls, 150 units" in text


def test_empty_week_renders_no_data(empty_digest):
    html, images = render_html(empty_digest)
    assert "No data for this week" in html and "no data" in html
    assert "Nothing needs your attention" in html
    assert len(images) == 3 and all(png.startswith(PNG_MAGIC) for _, png in images)
    assert "No data for this week" in render_text(empty_digest)


def test_charts_draw_the_label_colours(digest, empty_digest):
    def colour_pixels(png: bytes, hex_colour: str) -> int:
        rgb = np.array([int(hex_colour[i:i + 2], 16) for i in (1, 3, 5)]) / 255
        img = imread(io.BytesIO(png), format="png")[..., :3]
        return int(np.sum(np.all(np.abs(img - rgb) < 0.02, axis=-1)))

    per_day = dict(render_charts(digest))["digest-actions-per-day"]
    for label in ("safeguarding", "hate", "abuse", "spam"):
        assert colour_pixels(per_day, LABEL_COLOURS[label]) > 200, label
    assert colour_pixels(per_day, LABEL_COLOURS["commercial"]) == 0  # nothing commercial was actioned
    empty = dict(render_charts(empty_digest))["digest-actions-per-day"]
    assert all(colour_pixels(empty, LABEL_COLOURS[lab]) == 0 for lab in ("abuse", "spam"))


def test_pdf_with_chromium(digest, chromium, tmp_path):
    out = tmp_path / "digest.pdf"
    assert render_pdf(digest, out) == "chromium"
    data = out.read_bytes()
    assert data.startswith(b"%PDF") and len(data) > 20_000


def test_pdf_fallback_without_chromium(digest, tmp_path, monkeypatch):
    monkeypatch.setenv("MONITOR_CHROMIUM", str(tmp_path / "no-such-browser"))
    out = tmp_path / "digest.pdf"
    assert render_pdf(digest, out) == "matplotlib"
    data = out.read_bytes()
    assert data.startswith(b"%PDF") and data.count(b"/Type /Page\n") + data.count(b"/Type /Page ") >= 1


_PROBE = """<script>
window.addEventListener('load', function () {
  for (const img of document.querySelectorAll('img.chart')) {
    const r = img.getBoundingClientRect();
    img.setAttribute('data-probe', [Math.round(r.left), Math.round(r.top + window.scrollY),
      Math.round(r.width), Math.round(r.height), img.naturalWidth, img.complete].join(','));
  }
});
</script></body>"""


def test_browser_draws_page_and_charts(digest, chromium, tmp_path):
    page = tmp_path / "digest.html"
    page.write_text(render_html_standalone(digest).replace("</body>", _PROBE), encoding="utf-8")
    dom = _run_chromium(chromium, tmp_path / "profile-dom", "--virtual-time-budget=5000", "--dump-dom",
                        page.as_uri()).stdout
    probes = dict(re.findall(r'id="chart-([a-z-]+)"[^>]*data-probe="([^"]+)"', dom))
    assert set(probes) == {"actions-per-day", "response-times", "weeks"}, dom[:500]
    rects = {}
    for name, probe in probes.items():
        left, top, width, height, natural, complete = probe.split(",")
        assert complete == "true" and int(natural) > 300, (name, probe)  # the PNG decoded
        assert int(width) > 300 and int(height) > 100, (name, probe)
        rects[name] = (int(left), int(top), int(width), int(height))

    shot = tmp_path / "digest.png"
    _run_chromium(chromium, tmp_path / "profile-shot", f"--screenshot={shot}", page.as_uri())
    img = imread(str(shot))[..., :3]
    assert img.shape[1] == WIDTH
    # Not blank: a real page has text, tiles and charts in many colours.
    assert img.std() > 0.1
    assert np.mean(np.any(img < 0.9, axis=-1)) > 0.05
    # Each chart region is drawn, not an empty box.
    for name, (left, top, width, height) in rects.items():
        region = img[top:top + height, left:left + width]
        assert region.shape[0] > 100, name
        assert region.std() > 0.05, name
        assert len(np.unique((region * 255).astype(np.uint8).reshape(-1, 3), axis=0)) > 20, name
    left, top, width, height = rects["actions-per-day"]
    region = img[top:top + height, left:left + width]
    abuse = np.array([int(LABEL_COLOURS["abuse"][i:i + 2], 16) for i in (1, 3, 5)]) / 255
    assert np.sum(np.all(np.abs(region - abuse) < 0.03, axis=-1)) > 100  # the abuse bars are on screen


def test_command_line_writes_html_and_text(module_store, tmp_path, monkeypatch, capsys):
    from monitor.digest import main

    monkeypatch.setenv("MONITOR_DATABASE_URL", module_store.url)
    out = tmp_path / "digest.html"
    assert main(["--week", WEEK, "--out", str(out), "--text"], clock=lambda: NOW) == 0
    page = out.read_text(encoding="utf-8")
    assert page.count('src="data:image/png;base64,') == 3 and "cid:" not in page
    printed = capsys.readouterr().out
    assert f"Wrote {out}" in printed and "Hidden or removed ............ 8" in printed
    with pytest.raises(SystemExit):
        main(["--week", "2026-W99"])
    monkeypatch.setenv("MONITOR_DATABASE_URL", f"sqlite:///{tmp_path / 'missing.db'}")
    assert main(["--week", WEEK]) == 1
    assert not (tmp_path / "missing.db").exists()
