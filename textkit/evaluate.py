"""Score extracted records against gold annotations (both ``schema.Result`` JSON).

Matching rules:

* **agreements**: unordered pairs of parties. Two parties are the same place
  when both have a gazetteer id and the ids are equal; otherwise when any of
  their name keys (``name``, ``name_en``, ``name_fa``; letters folded, spaces and
  punctuation removed) are equal, or nearly equal (similarity ≥ 0.85 for keys of
  five letters or more: a PDF that drops or doubles one letter still matches).
  Year and status accuracy are computed on the matched pairs (``None`` = ``None``
  counts as correct).
* **memberships**: same city and same organisation (id, or folded name, or one
  name contained in the other).
* **designations**: same city and year. **organisations**: same acronym or name.
* **citations**: multiset match on (kind, first author, year digits).
* **references**: multiset match on (first author surname, year digits).

Matching is one-to-one and greedy in gold order.

Example:
    >>> pair = [{"name": "یزد"}, {"name": "بم"}]
    >>> g = {"agreements": [{"parties": pair, "year": None, "status": "unknown"}]}
    >>> score(g, g)["agreements"]["f1"]
    1.0
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from textkit.dates import to_ascii_digits
from textkit.extract.model import name_key

RECORD_TYPES = (
    "agreements",
    "memberships",
    "designations",
    "organisations",
    "citations",
    "references",
)


def _similar(a: str, b: str) -> bool:
    if a == b:
        return True
    if min(len(a), len(b)) < 5:
        return False
    from rapidfuzz.distance import Levenshtein

    return Levenshtein.normalized_similarity(a, b) >= 0.85


def _party_names(p: dict[str, Any]) -> set[str]:
    keys = set()
    for f in ("name", "name_en", "name_fa"):
        if p.get(f):
            k = name_key(p[f])
            if k:
                keys.add(k)
    return keys


def same_party(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Whether two party dicts denote the same place (see the module rules)."""
    ia, ib = a.get("gazetteer_id"), b.get("gazetteer_id")
    if ia and ib and ia == ib:
        return True
    na, nb = _party_names(a), _party_names(b)
    if na & nb:
        return True
    if ia and ib:
        return False
    return any(_similar(x, y) for x in na for y in nb)


def _match_agreement(g: dict[str, Any], p: dict[str, Any]) -> bool:
    g0, g1 = g["parties"]
    p0, p1 = p["parties"]
    return (same_party(g0, p0) and same_party(g1, p1)) or (
        same_party(g0, p1) and same_party(g1, p0)
    )


def _prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float | int]:
    prec = tp / n_pred if n_pred else (1.0 if not n_gold else 0.0)
    rec = tp / n_gold if n_gold else (1.0 if not n_pred else 0.0)
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    return {
        "tp": tp,
        "pred": n_pred,
        "gold": n_gold,
        "precision": round(prec, 4),
        "recall": round(rec, 4),
        "f1": round(f1, 4),
    }


def _greedy(
    gold: list[dict[str, Any]], pred: list[dict[str, Any]], same: Any
) -> list[tuple[int, int]]:
    used: set[int] = set()
    pairs = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            if pi not in used and same(g, p):
                used.add(pi)
                pairs.append((gi, pi))
                break
    return pairs


def _org_same(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return False
    ka, kb = name_key(a), name_key(b)
    return bool(ka and kb) and (
        ka == kb or (min(len(ka), len(kb)) >= 6 and (ka in kb or kb in ka)) or _similar(ka, kb)
    )


def _score_list(
    gold: list[dict[str, Any]], pred: list[dict[str, Any]], same: Any
) -> tuple[dict[str, Any], list[tuple[int, int]]]:
    pairs = _greedy(gold, pred, same)
    return _prf(len(pairs), len(pred), len(gold)), pairs


def _digits(year: Any) -> str:
    return re.sub(r"\D", "", to_ascii_digits(str(year or "")))


def _cite_key(c: dict[str, Any]) -> tuple[str, str, str]:
    first = name_key(c["authors"][0]) if c.get("authors") else ""
    return (c.get("kind", "parenthetical"), first, _digits(c.get("year")))


def _ref_key(r: dict[str, Any]) -> tuple[str, str]:
    a = r.get("authors") or [r.get("text", "").split(" ")[0]]
    first = re.split(r"[،,]", a[0])[0] if a else ""
    return (name_key(first), _digits(r.get("year"))[:4])


def _multiset(gold: list[Any], pred: list[Any]) -> dict[str, Any]:
    cg, cp = Counter(gold), Counter(pred)
    tp = sum((cg & cp).values())
    return _prf(tp, len(pred), len(gold))


def score(pred: dict[str, Any], gold: dict[str, Any]) -> dict[str, Any]:
    """Precision/recall/F1 per record type, and year/status accuracy on matched agreements.

    Args:
        pred: a Result as a dict (textkit output).
        gold: a Result as a dict (gold annotations).

    Returns:
        ``{"agreements": {precision, recall, f1, year_accuracy, status_accuracy,
        misses, spurious, …}, "memberships": {…}, …}``
    """
    out: dict[str, Any] = {}
    ga, pa = gold.get("agreements", []), pred.get("agreements", [])
    s, pairs = _score_list(ga, pa, _match_agreement)
    if pairs:
        s["year_accuracy"] = round(
            sum(ga[g].get("year") == pa[p].get("year") for g, p in pairs) / len(pairs), 4
        )
        s["status_accuracy"] = round(
            sum(ga[g].get("status", "unknown") == pa[p].get("status", "unknown") for g, p in pairs)
            / len(pairs),
            4,
        )
        s["year_errors"] = [
            f"{_pair_label(ga[g])}: gold {ga[g].get('year')} pred {pa[p].get('year')}"
            for g, p in pairs
            if ga[g].get("year") != pa[p].get("year")
        ]
        s["status_errors"] = [
            f"{_pair_label(ga[g])}: gold {ga[g].get('status')} pred {pa[p].get('status')}"
            for g, p in pairs
            if ga[g].get("status", "unknown") != pa[p].get("status", "unknown")
        ]
    matched_g = {g for g, _ in pairs}
    matched_p = {p for _, p in pairs}
    s["misses"] = [_pair_label(a) for i, a in enumerate(ga) if i not in matched_g]
    s["spurious"] = [_pair_label(a) for i, a in enumerate(pa) if i not in matched_p]
    out["agreements"] = s

    def same_membership(g: dict[str, Any], p: dict[str, Any]) -> bool:
        if not same_party(g["city"], p["city"]):
            return False
        if g.get("organisation_id") and g.get("organisation_id") == p.get("organisation_id"):
            return True
        return _org_same(g.get("organisation"), p.get("organisation"))

    gm, pm = gold.get("memberships", []), pred.get("memberships", [])
    s, pairs = _score_list(gm, pm, same_membership)
    s["misses"] = [
        f"{m['city']['name']} → {m['organisation']}"
        for i, m in enumerate(gm)
        if i not in {g for g, _ in pairs}
    ]
    s["spurious"] = [
        f"{m['city']['name']} → {m['organisation']}"
        for i, m in enumerate(pm)
        if i not in {p for _, p in pairs}
    ]
    out["memberships"] = s
    out["designations"] = _score_list(
        gold.get("designations", []),
        pred.get("designations", []),
        lambda g, p: same_party(g["city"], p["city"]) and g.get("year") == p.get("year"),
    )[0]
    out["organisations"] = _score_list(
        gold.get("organisations", []),
        pred.get("organisations", []),
        lambda g, p: (
            _org_same(g.get("acronym"), p.get("acronym")) or _org_same(g.get("name"), p.get("name"))
        ),
    )[0]
    gc = [_cite_key(c) for c in gold.get("citations", [])]
    pc = [_cite_key(c) for c in pred.get("citations", [])]
    s = _multiset(gc, pc)
    s["misses"] = sorted(str(k) for k in (Counter(gc) - Counter(pc)).elements())
    s["spurious"] = sorted(str(k) for k in (Counter(pc) - Counter(gc)).elements())
    out["citations"] = s
    out["metadata"] = _score_metadata(pred.get("metadata") or {}, gold.get("metadata") or {})
    out["references"] = _multiset(
        [_ref_key(r) for r in gold.get("references", [])],
        [_ref_key(r) for r in pred.get("references", [])],
    )
    return out


def _score_metadata(pred: dict[str, Any], gold: dict[str, Any]) -> dict[str, Any]:
    """Front matter: titles and abstracts right or wrong (folded text), keywords and
    authors as sets (P/R/F1 over both languages)."""
    out: dict[str, Any] = {}
    for field in ("title", "abstract"):
        for lang in ("fa", "en"):
            g = (gold.get(field) or {}).get(lang)
            if g:
                p = (pred.get(field) or {}).get(lang) or ""
                out[f"{field}_{lang}"] = name_key(p) == name_key(g)
    gk = [name_key(k) for lang in ("fa", "en") for k in (gold.get("keywords") or {}).get(lang, [])]
    pk = [name_key(k) for lang in ("fa", "en") for k in (pred.get("keywords") or {}).get(lang, [])]
    out["keywords"] = _multiset(gk, pk)
    ga = [
        (name_key(a.get("name", "")), (a.get("email") or "").lower())
        for a in gold.get("authors", [])
    ]
    pa = [
        (name_key(a.get("name", "")), (a.get("email") or "").lower())
        for a in pred.get("authors", [])
    ]
    out["authors"] = _multiset(ga, pa)  # name and email both right
    return out


def _pair_label(a: dict[str, Any]) -> str:
    p0, p1 = a["parties"]
    return f"{p0.get('name')} – {p1.get('name')} ({a.get('year')}, {a.get('status', 'unknown')})"


def format_scores(scores: dict[str, Any]) -> str:
    """A plain-text table of :func:`score` output, then the agreement errors.

    Example:
        >>> s = {"tp": 1, "pred": 1, "gold": 1, "precision": 1.0, "recall": 1.0, "f1": 1.0}
        >>> print(format_scores({"agreements": s}).splitlines()[1])
        agreements          1.000   1.000   1.000     1     1     1
    """
    lines = [f"{'record type':<18}{'P':>7}{'R':>8}{'F1':>8}{'tp':>6}{'pred':>6}{'gold':>6}"]
    for name in RECORD_TYPES:
        s = scores.get(name)
        if not s:
            continue
        lines.append(
            f"{name:<18}{s['precision']:>7.3f}{s['recall']:>8.3f}{s['f1']:>8.3f}{s['tp']:>6}{s['pred']:>6}{s['gold']:>6}"
        )
    md = scores.get("metadata")
    if md:
        flags = ", ".join(
            f"{k} {'ok' if v else 'WRONG'}" for k, v in md.items() if isinstance(v, bool)
        )
        lines.append(
            f"metadata: {flags}; keywords F1 {md['keywords']['f1']:.3f}; "
            f"authors (name+email) F1 {md['authors']['f1']:.3f}"
        )
    a = scores.get("agreements", {})
    if "year_accuracy" in a:
        lines.append(
            f"agreement year accuracy {a['year_accuracy']:.3f}, "
            f"status accuracy {a['status_accuracy']:.3f} (on matched pairs)"
        )
    names = {
        "misses": "miss",
        "spurious": "spurious",
        "year_errors": "year",
        "status_errors": "status",
    }
    for label, short in names.items():
        for item in a.get(label, [])[:30]:
            lines.append(f"  agreement {short}: {item}")
    for kind in ("memberships", "citations"):
        for label in ("misses", "spurious"):
            for item in scores.get(kind, {}).get(label, [])[:15]:
                lines.append(f"  {kind[:-1]} {label}: {item}")
    return "\n".join(lines)
