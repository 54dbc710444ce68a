"""Charts for the weekly digest, drawn with matplotlib's Agg backend into PNG bytes.

Each ``render_*`` function takes a :class:`monitor.digest.Digest` and returns PNG bytes;
:func:`render_charts` returns them all with the content ids the HTML refers to
(``cid:<id>`` in the email, ``data:`` URIs in the standalone page). Figures are built with
:class:`matplotlib.figure.Figure` rather than ``pyplot``, which keeps no global state and
is safe in a worker thread. A chart with nothing to show still renders, with a "no
data" note, so the layout of the email never changes.
"""

from __future__ import annotations

import io
from typing import TYPE_CHECKING

import matplotlib

matplotlib.use("Agg")  # never try to open a window, even if a display is present

from matplotlib.figure import Figure  # noqa: E402

if TYPE_CHECKING:  # pragma: no cover
    from monitor.digest import Digest

__all__ = [
    "CHART_IDS",
    "LABEL_COLOURS",
    "render_actions_per_day",
    "render_charts",
    "render_response_times",
    "render_weeks",
]

# Colour-blind-safe (Okabe-Ito) colours, one per label, the same in every chart.
LABEL_COLOURS = {
    "safeguarding": "#D55E00",
    "hate": "#CC79A7",
    "abuse": "#E69F00",
    "personal_info": "#0072B2",
    "commercial": "#009E73",
    "spam": "#56B4E9",
    "other": "#999999",
}
LABEL_NAMES = {
    "safeguarding": "Safeguarding",
    "hate": "Hate",
    "abuse": "Abuse",
    "personal_info": "Personal information",
    "commercial": "Commercial",
    "spam": "Spam",
    "other": "Custom rule",
}
CHART_IDS = ("digest-actions-per-day", "digest-response-times", "digest-weeks")
_DPI = 110
_TEXT = "#222222"
_MUTED = "#777777"


def _figure(width_in: float = 6.4, height_in: float = 2.8) -> Figure:
    # Fixed margins rather than a layout engine: the same layout every week, drawn once.
    fig = Figure(figsize=(width_in, height_in), dpi=_DPI)
    fig.patch.set_facecolor("white")
    return fig


def _style(ax) -> None:
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    for side in ("left", "bottom"):
        ax.spines[side].set_color("#BBBBBB")
    ax.tick_params(colors=_TEXT, labelsize=8)
    ax.yaxis.grid(True, color="#EEEEEE", linewidth=0.8)
    ax.set_axisbelow(True)


def _png(fig: Figure) -> bytes:
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=_DPI, facecolor="white", metadata={"Software": None})
    return buf.getvalue()


def _no_data(ax, message: str) -> None:
    ax.text(0.5, 0.5, message, transform=ax.transAxes, ha="center", va="center", fontsize=10, color=_MUTED)


def render_actions_per_day(digest: Digest) -> bytes:
    """Comments actioned per local day, stacked by their most serious label."""
    fig = _figure()
    ax = fig.add_subplot()
    _style(ax)
    days = digest.days
    x = list(range(len(days)))
    ticks = [f"{d.day:%a}\n{d.day.day} {d.day:%b}" for d in days]
    bottom = [0] * len(days)
    drawn = False
    for label in (*digest.labels, "other"):
        values = [d.actioned_by_label.get(label, 0) for d in days]
        if not any(values):
            continue
        ax.bar(x, values, bottom=bottom, color=LABEL_COLOURS[label], label=LABEL_NAMES[label], width=0.65)
        bottom = [b + v for b, v in zip(bottom, values)]
        drawn = True
    fig.subplots_adjust(left=0.07, right=0.76, bottom=0.2, top=0.88)
    ax.set_xticks(x, ticks)
    ax.set_title("Comments hidden or removed per day", fontsize=10, color=_TEXT, loc="left")
    if drawn:
        ax.yaxis.get_major_locator().set_params(integer=True)
        ax.legend(fontsize=7, frameon=False, loc="upper left", bbox_to_anchor=(1.0, 1.0))
    else:
        ax.set_ylim(0, 1)
        ax.set_yticks([])
        _no_data(ax, "No comments were actioned this week")
    return _png(fig)


def _minutes(seconds: float | None) -> float:
    return 0.0 if seconds is None else seconds / 60.0


def _fmt_minutes(seconds: float | None) -> str:
    if seconds is None:
        return "no data"
    minutes = seconds / 60.0
    if minutes < 1:
        return f"{seconds:.0f} s"
    if minutes < 120:
        return f"{minutes:.1f} min"
    return f"{minutes / 60:.1f} h"


def render_response_times(digest: Digest) -> bytes:
    """Median and 95th percentile: comment to action, alert to acknowledgement."""
    fig = _figure(6.4, 3.0)
    axes = fig.subplots(1, 2)
    fig.subplots_adjust(left=0.08, right=0.84, bottom=0.12, top=0.88, wspace=0.35)
    measures = (
        ("Comment to action", "comment_to_action"),
        ("Alert to acknowledgement", "alert_to_ack"),
    )
    periods = (("This week", digest.this_week, "#0072B2"), ("Last week", digest.previous_week, "#9DB9D3"),
               ("Term so far", digest.term.figures, "#D9D9D9"))
    for ax, (title, attr) in zip(axes, measures):
        _style(ax)
        ax.set_title(title, fontsize=9, color=_TEXT, loc="left")
        has_any = False
        width = 0.26
        for i, (name, figures, colour) in enumerate(periods):
            d = getattr(figures, attr)
            values = [_minutes(d.median_s), _minutes(d.p95_s)]
            xs = [j + (i - 1) * width for j in range(2)]
            bars = ax.bar(xs, values, width=width, color=colour, label=name)
            for bar, seconds in zip(bars, (d.median_s, d.p95_s)):
                if seconds is None:
                    continue
                has_any = True
                if i == 0:  # label this week's bars only; the others are for comparison
                    ax.annotate(_fmt_minutes(seconds), (bar.get_x() + bar.get_width() / 2, bar.get_height()),
                                ha="center", va="bottom", fontsize=7, color=_TEXT, xytext=(0, 1),
                                textcoords="offset points")
        ax.set_xticks([0, 1], ["median", "95th percentile"])
        ax.set_ylabel("minutes", fontsize=8, color=_MUTED)
        if not has_any:
            ax.set_ylim(0, 1)
            _no_data(ax, "no data")
    axes[1].legend(fontsize=7, frameon=False, loc="upper left", bbox_to_anchor=(1.0, 1.0))
    return _png(fig)


def render_weeks(digest: Digest) -> bytes:
    """This week against the previous weeks: comments seen (line) and actioned (bars)."""
    fig = _figure()
    ax = fig.add_subplot()
    _style(ax)
    weeks = digest.history
    x = list(range(len(weeks)))
    actioned = [w.actioned for w in weeks]
    colours = ["#0072B2" if w.label == digest.week else "#9DB9D3" for w in weeks]
    ax.bar(x, actioned, color=colours, width=0.6, label="actioned")
    ax.set_xticks(x, [w.label.split("-")[-1] for w in weeks])
    fig.subplots_adjust(left=0.08, right=0.91, bottom=0.12, top=0.88)
    ax.set_title("This week against previous weeks", fontsize=10, color=_TEXT, loc="left")
    ax.set_ylabel("actioned", fontsize=8, color=_MUTED)
    seen_ax = ax.twinx()
    seen_ax.plot(x, [w.seen for w in weeks], color="#444444", marker="o", markersize=3, linewidth=1.2,
                 label="seen")
    seen_ax.set_ylabel("seen", fontsize=8, color=_MUTED)
    seen_ax.tick_params(colors=_TEXT, labelsize=8)
    for side in ("top",):
        seen_ax.spines[side].set_visible(False)
    if not any(w.seen or w.actioned for w in weeks):
        ax.set_ylim(0, 1)
        seen_ax.set_ylim(0, 1)
        _no_data(ax, "No comments in these weeks")
    else:
        ax.yaxis.get_major_locator().set_params(integer=True)
        seen_ax.yaxis.get_major_locator().set_params(integer=True)
        seen_ax.set_ylim(bottom=0)
        handles = ax.get_legend_handles_labels()[0] + seen_ax.get_legend_handles_labels()[0]
        ax.legend(handles, ["actioned (bars)", "seen (line)"], fontsize=7, frameon=False, loc="upper left")
    return _png(fig)


def render_charts(digest: Digest) -> list[tuple[str, bytes]]:
    """All digest charts as ``(content_id, png_bytes)``, in the order the HTML shows them."""
    return [
        (CHART_IDS[0], render_actions_per_day(digest)),
        (CHART_IDS[1], render_response_times(digest)),
        (CHART_IDS[2], render_weeks(digest)),
    ]
