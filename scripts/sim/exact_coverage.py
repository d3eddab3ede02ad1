#!/usr/bin/python3
"""Exact coverage of 95% intervals of the paired accuracy delta in the classification population of the
coverage simulation (coverage-population.ts), by enumeration instead of simulated golden sets. Stdlib only.

A golden set of n examples drawn from the population is a multinomial sample of its four (base, head)
correctness cells, so an interval method's coverage is the sum, over every table of counts, of the
table's probability times 1 when the interval holds the population's delta. Methods (Fagerland, Lydersen &
Laake 2014, "Recommended tests and confidence intervals for paired binomial proportions"):
  tango         Tango's (1998) asymptotic score interval: the product's method (src/stats/paired-score.ts)
  newcombe      Newcombe's (1998) hybrid score ("square-and-add", method 10), Wilson limits of each margin
  bonett-price  the Wald interval with Bonett & Price's (2012) Laplace adjustment (add 1 to each discordant cell)
  agresti-min   Agresti & Min's (2005) adjusted Wald (add 0.5 to each of the four cells)
  wald          the plain Wald interval
The cell counts are those of the 2,000,000-example population (classificationCells() in
coverage-population.ts; __tests__/stats/coverage.test.ts checks them and the tango figures).

  /usr/bin/python3 scripts/sim/exact_coverage.py > __tests__/fixtures/stats/exact_coverage.json
(seconds). A markdown table goes to stderr. Also written: the range of Tango's coverage over true deltas
within +-40% of the discordant fraction at other discordances ("tango_range"), and the probability that
Tango's / Agresti-Min's upper bound falls below 0 when the head is truly worse ("power").
"""
import json
import math
import sys
from statistics import NormalDist

# (base right & head right, base right & head wrong = loss, base wrong & head right = gain, both wrong)
CELLS = [1538894, 61530, 43557, 356019]
TOTAL = sum(CELLS)
P_BOTH, P_LOSS, P_GAIN, P_NEITHER = (c / TOTAL for c in CELLS)
TRUTH = (CELLS[2] - CELLS[1]) / TOTAL
Z = NormalDist().inv_cdf(0.975)
SIZES = [20, 30, 50, 100, 500]
# tables less likely than this are left out (their total is below 1e-10 at every size here)
NEGLIGIBLE = 1e-15


def tango_z(n, g, l, d):
    a = 2 * n
    b = -g - l + (2 * n - g + l) * d
    c = -l * d * (1 - d)
    q = (math.sqrt(max(0.0, b * b - 4 * a * c)) - b) / (2 * a)
    variance = n * (2 * q + d * (1 - d))
    num = g - l - n * d
    if variance <= 0:
        return 0.0 if num == 0 else math.copysign(math.inf, num)
    return num / math.sqrt(variance)


def bisect(f, target, lo, hi):
    for _ in range(200):
        mid = (lo + hi) / 2
        if mid in (lo, hi):
            break
        if f(mid) > target:
            lo = mid
        else:
            hi = mid
    return (lo + hi) / 2


def tango(both, loss, gain, neither):
    n = both + loss + gain + neither
    point = (gain - loss) / n
    f = lambda d: tango_z(n, gain, loss, d)
    low = -1.0 if point <= -1 else bisect(f, Z, -1.0, point)
    high = 1.0 if point >= 1 else bisect(f, -Z, point, 1.0)
    return low, high


def wald(both, loss, gain, neither):
    n = both + loss + gain + neither
    d = (gain - loss) / n
    se = math.sqrt(max(0.0, (gain + loss) / n - d * d) / n)
    return d - Z * se, d + Z * se


def bonett_price(both, loss, gain, neither):
    n = both + loss + gain + neither
    pg = (gain + 1) / (n + 2)
    pl = (loss + 1) / (n + 2)
    se = math.sqrt((pg + pl - (pg - pl) ** 2) / (n + 2))
    return max(-1.0, pg - pl - Z * se), min(1.0, pg - pl + Z * se)


def agresti_min(both, loss, gain, neither):
    n = both + loss + gain + neither
    d = (gain - loss) / (n + 2)
    sd = math.sqrt((gain + loss + 1) - (gain - loss) ** 2 / (n + 2)) / (n + 2)
    return max(-1.0, d - Z * sd), min(1.0, d + Z * sd)


def wilson(x, n):
    p = x / n
    denominator = 1 + Z * Z / n
    centre = (p + Z * Z / (2 * n)) / denominator
    half = Z * math.sqrt(p * (1 - p) / n + Z * Z / (4 * n * n)) / denominator
    return centre - half, centre + half


def newcombe(both, loss, gain, neither):
    n = both + loss + gain + neither
    head, base = both + gain, both + loss
    p1, p2 = head / n, base / n
    l1, u1 = wilson(head, n)
    l2, u2 = wilson(base, n)
    margins = head * (n - head) * base * (n - base)
    if margins == 0:
        phi = 0.0
    else:
        a = both * neither - gain * loss
        phi = (a - n / 2) / math.sqrt(margins) if a > n / 2 else (0.0 if a >= 0 else a / math.sqrt(margins))
    d = p1 - p2
    low = d - math.sqrt(max(0.0, (p1 - l1) ** 2 - 2 * phi * (p1 - l1) * (u2 - p2) + (u2 - p2) ** 2))
    high = d + math.sqrt(max(0.0, (p2 - l2) ** 2 - 2 * phi * (p2 - l2) * (u1 - p1) + (u1 - p1) ** 2))
    return low, high


def log_multinomial(n, counts, probs):
    s = math.lgamma(n + 1)
    for k, p in zip(counts, probs):
        s += k * math.log(p) - math.lgamma(k + 1)
    return s


def coverage(n, method, four_cells):
    """(coverage, P(interval below the truth), P(above), mean width)."""
    covered = below = above = width = 0.0
    concordant = P_BOTH + P_NEITHER
    for gain in range(n + 1):
        for loss in range(n + 1 - gain):
            rest = n - gain - loss
            p_disc = math.exp(log_multinomial(n, (gain, loss, rest), (P_GAIN, P_LOSS, concordant)))
            if p_disc < NEGLIGIBLE:
                continue
            if four_cells:
                share = P_BOTH / concordant
                splits = []
                for both in range(rest + 1):
                    p = math.exp(
                        math.lgamma(rest + 1)
                        - math.lgamma(both + 1)
                        - math.lgamma(rest - both + 1)
                        + both * math.log(share)
                        + (rest - both) * math.log(1 - share)
                    )
                    if p_disc * p >= NEGLIGIBLE:
                        splits.append((both, p))
            else:
                splits = [(rest, 1.0)]  # the interval depends on the discordant cells only
            for both, p in splits:
                pr = p_disc * p
                low, high = method(both, loss, gain, rest - both)
                width += pr * (high - low)
                if high < TRUTH:
                    below += pr
                elif low > TRUTH:
                    above += pr
                else:
                    covered += pr
    return covered, below, above, width


def trinomial_tables(n, p_gain, p_loss):
    """(gain, loss, probability) of every table of discordant counts, negligible ones left out."""
    rest = 1 - p_gain - p_loss
    for gain in range(n + 1):
        for loss in range(n + 1 - gain):
            if (gain and not p_gain) or (loss and not p_loss):
                continue
            logp = math.lgamma(n + 1) - math.lgamma(gain + 1) - math.lgamma(loss + 1) - math.lgamma(n - gain - loss + 1)
            logp += (gain * math.log(p_gain) if gain else 0) + (loss * math.log(p_loss) if loss else 0)
            logp += (n - gain - loss) * math.log(rest)
            p = math.exp(logp)
            if p >= NEGLIGIBLE:
                yield gain, loss, p


def coverage_range(n, discordance, method):
    """Min and max exact coverage over true deltas -0.4..0.4 x the discordant fraction (21 points)."""
    values = []
    for k in range(-10, 11):
        d = discordance * k / 25
        p_gain, p_loss = (discordance + d) / 2, (discordance - d) / 2
        values.append(sum(p for g, l, p in trinomial_tables(n, p_gain, p_loss) if method(n - g - l, l, g, 0)[0] <= d <= method(n - g - l, l, g, 0)[1]))
    return min(values), max(values)


def power(n, p_gain, p_loss, method):
    """Probability that the upper bound falls below 0 (a drop confirmed)."""
    return sum(p for g, l, p in trinomial_tables(n, p_gain, p_loss) if method(n - g - l, l, g, 0)[1] < 0)


METHODS = [
    ("tango", tango, False),
    ("newcombe", newcombe, True),
    ("bonett-price", bonett_price, False),
    ("agresti-min", agresti_min, False),
    ("wald", wald, False),
]

result = {"cells": CELLS, "truth": TRUTH, "level": 0.95, "negligible": NEGLIGIBLE, "coverage": {}}
for name, method, four in METHODS:
    result["coverage"][name] = {}
    for n in SIZES:
        c, below, above, width = coverage(n, method, four)
        result["coverage"][name][str(n)] = {"covered": c, "below": below, "above": above, "width": width}
result["tango_range"] = {
    f"n={n} discordance={psi}": coverage_range(n, psi, tango) for n in (50, 100) for psi in (0.0525, 0.1, 0.2)
}
result["power"] = {
    f"n={n} gains={pg} losses={pl}": {name: power(n, pg, pl, m) for name, m in (("tango", tango), ("agresti-min", agresti_min))}
    for n, pg, pl in ((50, 0.01, 0.06), (100, 0.0, 0.05))
}
print(json.dumps(result, indent=1))

header = "| method | " + " | ".join(f"n = {n}" for n in SIZES) + " |"
print(header, file=sys.stderr)
print("|---" * (len(SIZES) + 1) + "|", file=sys.stderr)
for name, _m, _f in METHODS:
    cells = " | ".join(
        f"{100 * result['coverage'][name][str(n)]['covered']:.2f}% ({100 * result['coverage'][name][str(n)]['width']:.1f})"
        for n in SIZES
    )
    print(f"| {name} | {cells} |", file=sys.stderr)
