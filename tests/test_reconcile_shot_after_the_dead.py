"""The one shot after those killed: "Two, he shot and killed. A third was also shot." The
report tells the next one shot beyond the dead, the one who lived, whom other reports
count among the wounded ("killed two and wounded a third")."""

from __future__ import annotations

from pathlib import Path

from test_reconcile_grouping_probes import D, _group_of, _r
from test_reconcile_helpers import analysed

REPORTS = _r(
    a=(
        "Two dead in Kelvara warehouse shooting",
        D,
        "KELVARA (AP) - Tomas Varga, a suspended clerk, opened fire at the Orvel warehouse "
        "in Kelvara on Tuesday, police said. Two, he shot and killed in the loading room. "
        "A third was also shot. Varga was arrested at the scene.",
    ),
    b=(
        "Clerk charged in warehouse shooting",
        D,
        "KELVARA - Tomas Varga killed two co-workers and critically wounded a third at the "
        "Orvel warehouse in Kelvara on Tuesday, police said.",
    ),
    c=(
        "Warehouse gunman held",
        D,
        "KELVARA - A clerk opened fire at the Orvel warehouse in Kelvara on Tuesday, killing "
        "two workers and wounding two others, police said.",
    ),
)


def test_one_shot_after_the_dead_joins_the_wounded(tmp_path: Path) -> None:
    report = analysed(tmp_path / "third", REPORTS)
    shot = _group_of(report, "a", "{A third} was also shot")
    wounded = _group_of(report, "b", "wounded {a third}")
    others = _group_of(report, "c", "wounding {two others}")
    assert shot is not None and shot == wounded == others
    killed = _group_of(report, "b", "killed {two} co-workers")
    assert killed is not None and killed != shot
    verdicts = {g.id: g.verdict for g in report.groups}
    assert verdicts[shot] == "conflict"


def test_one_shot_with_no_dead_told_stays_shot(tmp_path: Path) -> None:
    reports = dict(REPORTS)
    reports["a.txt"] = reports["a.txt"].replace(
        "Two, he shot and killed in the loading room.", "Two, he shot in the loading room."
    )
    report = analysed(tmp_path / "none", reports)
    shot = _group_of(report, "a", "{A third} was also shot")
    assert shot is None or shot != _group_of(report, "b", "wounded {a third}")
