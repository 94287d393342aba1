"""Charts drawn on the server as inline SVG: no script, so nothing for the
Content-Security-Policy to allow, and readable without JavaScript.

Each chart is a function from rows (what ``CHART_QUERIES`` returns) to a
``Chart``: the SVG and the same figures as a table, for screen readers and
for anyone who wants the numbers.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from markupsafe import Markup, escape

from .labels import value_label

# Okabe-Ito: distinguishable with the common colour vision deficiencies.
PALETTE = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#999999"]
OUTCOME_COLOURS = {
    "adopted": "#009E73", "adopted_amended": "#56B4E9", "rejected": "#D55E00",
    "postponed": "#E69F00", "referred": "#CC79A7", "noted": "#0072B2",
    "withdrawn": "#999999", "other": "#BBBBBB", None: "#DDDDDD",
}
NO_DECISION = "keine Entscheidung gefunden"
OTHER_BODIES = "weitere Gremien"
MAX_SERIES = 7
FONT = "font-family='system-ui, sans-serif' font-size='12'"

CHART_QUERIES = {
    "per_month": """
        select substr(date, 1, 7) as month, coalesce(nullif(decided_by, ''), '(unbekannt)') as body, count(*) as n
        from resolutions where date is not null and date != ''
        group by 1, 2 order by 1, 2""",
    "unanimous": """
        select coalesce(nullif(decided_by, ''), '(unbekannt)') as body,
               sum(unanimous = 1) as unanimous, sum(unanimous = 0) as split,
               sum(unanimous is null) as unknown, count(*) as n
        from resolutions group by 1 order by n desc, body""",
    "submitters": """
        select m.submitted_by as submitter, r.outcome as outcome, count(*) as n
        from motions m left join resolutions r on r.motion_id = m.id
        where m.submitted_by is not null and m.submitted_by != ''
        group by 1, 2 order by 1, 2""",
}


@dataclass
class Chart:
    key: str
    title: str
    description: str
    svg: Markup
    headers: list[str]
    rows: list[list[str]]


def _fmt(n: float) -> str:
    return f"{n:,.0f}".replace(",", ".")


def _svg(width: int, height: int, title: str, body: list[str], key: str) -> Markup:
    return Markup(
        f"<svg xmlns='http://www.w3.org/2000/svg' class='chart' id='chart-{key}' role='img' "
        f"aria-labelledby='chart-{key}-title' viewBox='0 0 {width} {height}' width='100%' "
        f"style='max-width:{width}px' {FONT}><title id='chart-{key}-title'>{escape(title)}</title>"
        + "".join(body) + "</svg>"
    )


def _legend(items: list[tuple[str, str]], x: int, y: int, width: int) -> tuple[list[str], int]:
    """Legend swatches wrapped into lines; returns the SVG parts and the height used."""
    parts, cx, cy = [], x, y
    for label, colour in items:
        w = 18 + 7 * len(label) + 14
        if cx + w > width and cx > x:
            cx, cy = x, cy + 18
        parts.append(f"<rect x='{cx}' y='{cy}' width='12' height='12' fill='{colour}'/>"
                     f"<text x='{cx + 16}' y='{cy + 10}'>{escape(label)}</text>")
        cx += w
    return parts, cy - y + 18


def _months(first: str, last: str) -> list[str]:
    y, m = int(first[:4]), int(first[5:7])
    out = []
    while f"{y:04d}-{m:02d}" <= last:
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def per_month_chart(rows: list[dict]) -> Chart:
    """Resolutions per month, stacked by deciding body (the biggest bodies;
    the rest together)."""
    title = "Beschlüsse je Monat und Gremium"
    rows = [r for r in rows if r["month"] and len(r["month"]) == 7 and r["month"][4] == "-"]
    totals: dict[str, int] = defaultdict(int)
    for r in rows:
        totals[r["body"]] += r["n"]
    top = sorted(totals, key=lambda b: (-totals[b], b))
    shown = top[:MAX_SERIES] if len(top) <= MAX_SERIES else top[: MAX_SERIES - 1]
    series = shown + ([OTHER_BODIES] if len(top) > len(shown) else [])
    colour = {b: PALETTE[i % len(PALETTE)] for i, b in enumerate(series)}
    counts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for r in rows:
        counts[r["month"]][r["body"] if r["body"] in shown else OTHER_BODIES] += r["n"]
    width, left, top_margin, plot_h = 900, 40, 10, 220
    if not rows:
        svg = _svg(width, 40, title, ["<text x='10' y='24'>Keine datierten Beschlüsse.</text>"], "per-month")
        return Chart("per-month", title, "", svg, ["Monat", *series], [])
    months = _months(min(counts), max(counts))
    peak = max(sum(c.values()) for c in counts.values())
    step = (width - left - 10) / len(months)
    bar = max(1.0, step * 0.8)
    body = [f"<line x1='{left}' y1='{top_margin + plot_h}' x2='{width - 10}' y2='{top_margin + plot_h}' stroke='#333'/>"]
    for tick in sorted({0, peak // 2, peak}):
        y = top_margin + plot_h - plot_h * tick / peak
        body.append(f"<text x='{left - 4}' y='{y + 4:.1f}' text-anchor='end'>{_fmt(tick)}</text>"
                    f"<line x1='{left}' y1='{y:.1f}' x2='{width - 10}' y2='{y:.1f}' stroke='#eee'/>")
    last_year = None
    for i, month in enumerate(months):
        x = left + i * step
        y = top_margin + plot_h
        for b in series:
            n = counts.get(month, {}).get(b, 0)
            if not n:
                continue
            h = plot_h * n / peak
            y -= h
            body.append(f"<rect x='{x:.1f}' y='{y:.1f}' width='{bar:.1f}' height='{h:.1f}' fill='{colour[b]}'>"
                        f"<title>{escape(month)} · {escape(b)}: {n}</title></rect>")
        if month[:4] != last_year and (i == 0 or month.endswith("-01")):
            last_year = month[:4]
            body.append(f"<text x='{x:.1f}' y='{top_margin + plot_h + 16}'>{last_year}</text>")
    legend, legend_h = _legend([(b, colour[b]) for b in series], left, top_margin + plot_h + 28, width)
    body += legend
    svg = _svg(width, top_margin + plot_h + 28 + legend_h + 4, title, body, "per-month")
    table = [[m, *[str(counts[m].get(b, 0)) for b in series]] for m in months if m in counts]
    desc = f"{_fmt(sum(totals.values()))} datierte Beschlüsse von {months[0]} bis {months[-1]}."
    return Chart("per-month", title, desc, svg, ["Monat", *series], table)


def _hbars(key: str, title: str, labels: list[str], stacks: list[list[tuple[str, int, str]]],
           notes: list[str], legend: list[tuple[str, str]], scale: int) -> Markup:
    """Horizontal stacked bars: one line per label, each a list of (name, count, colour)."""
    width, label_w, row_h = 900, 230, 22
    plot_w = width - label_w - 150
    body = []
    for i, (label, stack, note) in enumerate(zip(labels, stacks, notes, strict=True)):
        y = 6 + i * row_h
        body.append(f"<text x='{label_w - 6}' y='{y + 14}' text-anchor='end'>{escape(label[:34] + ('…' if len(label) > 34 else ''))}"
                    f"<title>{escape(label)}</title></text>")
        x = float(label_w)
        for name, n, colour in stack:
            if not n:
                continue
            w = plot_w * n / scale
            body.append(f"<rect x='{x:.1f}' y='{y + 2}' width='{w:.1f}' height='{row_h - 6}' fill='{colour}'>"
                        f"<title>{escape(label)} · {escape(name)}: {n}</title></rect>")
            x += w
        body.append(f"<text x='{x + 6:.1f}' y='{y + 14}'>{escape(note)}</text>")
    height = 6 + len(labels) * row_h + 8
    parts, legend_h = _legend(legend, label_w, height, width)
    return _svg(width, height + legend_h + 4, title, body + parts, key)


def unanimous_chart(rows: list[dict]) -> Chart:
    """Per deciding body: how many of its resolutions with a known vote were unanimous."""
    title = "Anteil einstimmiger Beschlüsse je Gremium"
    colours = [("einstimmig", "#009E73"), ("nicht einstimmig", "#D55E00"), ("keine Angabe", "#DDDDDD")]
    labels, stacks, notes, table = [], [], [], []
    for r in rows:
        known = r["unanimous"] + r["split"]
        share = f"{100 * r['unanimous'] / known:.0f} %" if known else "–"
        labels.append(r["body"])
        stacks.append([(name, n, c) for (name, c), n in zip(colours, (r["unanimous"], r["split"], r["unknown"]), strict=True)])
        notes.append(f"{share} ({r['unanimous']} von {known})" if known else "keine Angabe zur Abstimmung")
        table.append([r["body"], str(r["unanimous"]), str(r["split"]), str(r["unknown"]), share])
    svg = _hbars("unanimous", title, labels, stacks, notes, colours, max((r["n"] for r in rows), default=1))
    desc = "Einstimmig im Verhältnis zu allen Beschlüssen, deren Abstimmung angegeben ist."
    return Chart("unanimous", title, desc, svg, ["Gremium", "einstimmig", "nicht einstimmig", "keine Angabe", "Anteil"], table)


def submitters_chart(rows: list[dict]) -> Chart:
    """Per submitter: the outcomes of the resolutions on their motions."""
    title = "Was aus den Anträgen wurde, je Antragsteller"
    outcomes = list(OUTCOME_COLOURS)
    by_submitter: dict[str, dict] = defaultdict(lambda: defaultdict(int))
    for r in rows:
        by_submitter[r["submitter"]][r["outcome"]] += r["n"]
    order = sorted(by_submitter, key=lambda s: (-sum(by_submitter[s].values()), s))

    def name(o):
        return NO_DECISION if o is None else (value_label("outcome", o) or o)

    present = [o for o in outcomes if any(by_submitter[s].get(o) for s in order)]
    labels, stacks, notes, table = [], [], [], []
    for s in order:
        labels.append(s)
        stacks.append([(name(o), by_submitter[s].get(o, 0), OUTCOME_COLOURS[o]) for o in present])
        notes.append(_fmt(sum(by_submitter[s].values())))
        table.append([s, *[str(by_submitter[s].get(o, 0)) for o in present]])
    scale = max((sum(v.values()) for v in by_submitter.values()), default=1)
    svg = _hbars("submitters", title, labels, stacks, notes, [(name(o), OUTCOME_COLOURS[o]) for o in present], scale)
    desc = ("Je Antragsteller die Beschlüsse über seine Anträge nach Ergebnis; ein Antrag, auf den "
            f"kein Beschluss verweist, zählt als „{NO_DECISION}“.")
    return Chart("submitters", title, desc, svg, ["Antragsteller", *[name(o) for o in present]], table)


BUILDERS = {"per_month": per_month_chart, "unanimous": unanimous_chart, "submitters": submitters_chart}


async def all_charts(db) -> list[Chart]:
    charts = []
    for key, sql in CHART_QUERIES.items():
        result = await db.execute(sql)
        charts.append(BUILDERS[key]([dict(r) for r in result.rows]))
    return charts
