#!/usr/bin/env python3
"""An independent implementation of docs/model.md, written from the page alone (no CondorDesk code), that
values samples/condor-vix-hedge.json (and the section 2 Friday example) and writes src/test/resources/org/condordesk/risk/sample-oracle.csv.
OracleTest asserts the Java engine against that CSV; CI never runs Python.

It reads the sample's JSON itself, prices with scipy (BSM and Black-76 from their textbook formulas), builds
the 30-day Cboe variance strip of the default smile, finds each response's consistency scale with brentq,
derives futures betas from the forward-variance formula, and takes VIX vega and theta as finite differences
of its own valuation, not from any analytic greek.

Run: python3 tools/sample_oracle.py        (python3 with numpy and scipy)
"""
import csv
import datetime as dt
import json
import math
import pathlib
from zoneinfo import ZoneInfo

from scipy.optimize import brentq, minimize_scalar
from scipy.stats import norm

ROOT = pathlib.Path(__file__).resolve().parent.parent
NY = ZoneInfo("America/New_York")
DAYS_PER_YEAR = 365.0
MIN_VOL = 0.005            # docs/model.md section 6: floor on a shocked SPX vol
MIN_FUTURE = 0.5           # floor on a shocked VIX future


def instant(date_text, hour, minute):
    d = dt.date.fromisoformat(date_text)
    return dt.datetime(d.year, d.month, d.day, hour, minute, tzinfo=NY)


def days_between(a, b):
    return (b - a).total_seconds() / 86400.0


def bsm(call, s, k, t, r, q, vol):
    if t <= 0:
        return max((s - k) if call else (k - s), 0.0)
    sd = vol * math.sqrt(t)
    d1 = (math.log(s / k) + (r - q) * t) / sd + sd / 2
    d2 = d1 - sd
    if call:
        return s * math.exp(-q * t) * norm.cdf(d1) - k * math.exp(-r * t) * norm.cdf(d2)
    return k * math.exp(-r * t) * norm.cdf(-d2) - s * math.exp(-q * t) * norm.cdf(-d1)


def black76(call, f, k, t, r, vol):
    return bsm(call, f, k, t, r, r, vol)  # Black-76 is BSM with q = r on the future


class Market:
    def __init__(self, scenario):
        m = scenario["market"]
        self.valuation = dt.datetime.fromisoformat(scenario["valuationTime"]).replace(tzinfo=NY)
        self.spot, self.r, self.q = m["spxSpot"], m["riskFreeRate"], m["dividendYield"]
        self.vix, self.vix3m = m["vixSpot"], m["vix3m"]
        smile = m["smile"]
        self.a, self.put_skew, self.call_skew = smile["atmToVixRatio"], smile["putSkew"], smile["callSkew"]
        # Futures curve: spot VIX at tenor 0, each quoted future at its tenor, linear, flat beyond the last.
        self.curve = [(0.0, self.vix)]
        for quote in m["vixFutures"]:
            tenor = days_between(self.valuation, instant(quote["expiry"], 9, 30))
            if tenor > 0:
                self.curve.append((tenor, quote["price"]))
        model = scenario["model"]
        self.alpha, self.wmin, self.wmax = model["timeWeightExponent"], model["timeWeightMin"], model["timeWeightMax"]
        self.k_down, self.k_up = model["spotVol"]["kDown"], model["spotVol"]["kUp"]
        self.map_scale, self.vix_floor = model["spotVol"]["scale"], model["spotVol"]["vixFloor"]
        self.response = model.get("volResponse", "proportional")
        self.time_basis = model.get("timeBasis", "calendar")
        self.closed = model.get("nonTradingDayVariance", 0.1)
        self.scales = {"parallel": self.consistency_scale("parallel"),
                       "proportional": self.consistency_scale("proportional")}

    def curve_at(self, tenor):
        xs = self.curve
        if tenor <= xs[0][0]:
            return xs[0][1]
        for (x0, y0), (x1, y1) in zip(xs, xs[1:]):
            if tenor <= x1:
                return y0 + (y1 - y0) * (tenor - x0) / (x1 - x0)
        return xs[-1][1]

    # --- default smile (section 3) ---
    def atm_vol(self, days):
        atm30 = self.a * self.vix / 100
        var30 = atm30 ** 2 * 30
        var93 = max((self.a * self.vix3m / 100) ** 2 * 93, var30)
        if days <= 30:
            return atm30
        if days >= 93:
            return math.sqrt(var93 / 93)
        w = (days - 30) / 63
        return math.sqrt((var30 + w * (var93 - var30)) / days)

    def smile_vol(self, strike, forward, days):
        atm = self.atm_vol(days)
        years = max(days, 1 / 24) / DAYS_PER_YEAR
        m = math.log(strike / forward) / math.sqrt(years)
        skew = self.put_skew if m < 0 else self.call_skew
        return max(atm - skew * m, 0.25 * atm)

    # --- the 30-day variance strip of the smile (section 4) ---
    def strip_grid(self):
        t = 30 / DAYS_PER_YEAR
        forward = self.spot * math.exp((self.r - self.q) * t)
        step = self.atm_vol(30) * math.sqrt(t) / 16
        def last(side):
            cheap, last_i, i = 0, 0, side
            while cheap < 2:
                k = forward * math.exp(i * step)
                price = math.exp(-self.r * t) * black76(side > 0, forward, k, t, 0.0, self.smile_vol(k, forward, 30))
                if price < 1e-5 * forward:
                    cheap += 1
                else:
                    cheap, last_i = 0, i
                i += side
            return last_i
        lo, hi = min(last(-1), -1), max(last(+1), 1)
        strikes = [forward if i == 0 else forward * math.exp(i * step) for i in range(lo, hi + 1)]
        return forward, t, strikes

    def strip_vix(self, shock):
        forward, t, strikes = self.grid
        total = 0.0
        n = len(strikes)
        for i, k in enumerate(strikes):
            vol = max(shock(self.smile_vol(k, forward, 30)), 0.0)
            put = black76(False, forward, k, t, self.r, vol)
            call = black76(True, forward, k, t, self.r, vol)
            q = put if k < forward else call if k > forward else (put + call) / 2
            dk = strikes[1] - strikes[0] if i == 0 else strikes[-1] - strikes[-2] if i == n - 1 \
                else (strikes[i + 1] - strikes[i - 1]) / 2
            total += dk / k ** 2 * math.exp(self.r * t) * q
        return 100 * math.sqrt(2 / t * total)  # K0 = F: the (F/K0 - 1)^2 term is zero

    def consistency_scale(self, response):
        self.grid = self.strip_grid()
        base = self.strip_vix(lambda v: v)
        w30 = self.weight(30)
        if response == "parallel":
            f = lambda s: self.strip_vix(lambda v: v + s * w30 / 100) - base - 1
        else:
            f = lambda s: self.strip_vix(lambda v: v * (1 + s * w30 / self.vix)) - base - 1
        self.base_strip = base
        return brentq(f, 0.05, 20, xtol=1e-14, rtol=1e-15)

    # --- the vol factor model (section 4) ---
    def weight(self, days):
        if days <= 0:
            return self.wmax
        return min(self.wmax, max(self.wmin, (30 / days) ** self.alpha))

    def beta(self, tau):
        tau = max(tau, 0.0)
        far = (30 / (tau + 30)) ** self.alpha * (tau + 30)
        near = 0.0 if tau == 0 else (30 / tau) ** self.alpha * tau
        return (far - near) / 30

    def vol_slope(self, response, vol, days):
        s = self.scales[response]
        return s * self.weight(days) / 100 if response == "parallel" else s * self.weight(days) * vol / self.vix

    def vix_after(self, spx):
        r = 100 * math.log(spx / self.spot)
        k = self.k_down if r < 0 else self.k_up
        return max(self.vix * math.exp(-k * r * self.map_scale), min(self.vix, self.vix_floor))


class Leg:
    def __init__(self, data, weight):
        self.kind, self.qty, self.entry, self.weight = data["instrument"], data["quantity"], data["entryPrice"], weight
        self.call = data.get("right") == "CALL"
        self.strike = data.get("strike")
        self.vol = data.get("impliedVol")
        if self.kind == "SPX_OPTION":
            hour, minute = (16, 0) if data.get("settlement", "PM") == "PM" else (9, 30)
            self.expiry = instant(data["expiry"], hour, minute)
            self.multiplier = 100
        else:
            self.expiry = instant(data["expiry"], 9, 30)
            self.multiplier = 1000 if self.kind == "VIX_FUTURE" else 100


def holidays():
    rows = (ROOT / "src/main/resources/org/condordesk/market/exchange-holidays.csv").read_text().splitlines()
    return {dt.date.fromisoformat(r.split(",")[0]) for r in rows if r and r[0].isdigit()}


HOLIDAYS = holidays()


def variance_years(mkt, from_days, to_days):
    """Section 2: calendar years, or trading time with weekends/holidays carrying `closed` of a trading day."""
    if to_days <= from_days:
        return 0.0
    if mkt.time_basis == "calendar":
        return (to_days - from_days) / DAYS_PER_YEAR
    def weight_to(days):
        # Walk New York dates from the valuation date's midnight; each date's weight spreads over its real hours.
        moment = mkt.valuation + dt.timedelta(days=days)
        date, total = mkt.valuation.date(), 0.0
        while True:
            start = dt.datetime(date.year, date.month, date.day, tzinfo=NY)
            nxt = date + dt.timedelta(days=1)
            end = dt.datetime(nxt.year, nxt.month, nxt.day, tzinfo=NY)
            w = 1.0 if date.weekday() < 5 and date not in HOLIDAYS else mkt.closed
            if moment < end:
                return total + w * (moment - start).total_seconds() / (end - start).total_seconds()
            total += w
            date = nxt
    return (weight_to(to_days) - weight_to(from_days)) / (252 + 113 * mkt.closed)


def unit_value(mkt, leg, elapsed, analysis, spx, vix, response):
    """Section 6: value per unit at `elapsed` days, shocks at `analysis` days, SPX and spot VIX given."""
    expiry = days_between(mkt.valuation, leg.expiry)
    if expiry < analysis - 1e-9:   # settled before the shock time: frozen on the held path
        spx, vix = mkt.spot, mkt.vix
    tau = expiry - elapsed
    dv = vix - mkt.vix
    if leg.kind == "SPX_OPTION":
        if tau <= 0:
            return max((spx - leg.strike) if leg.call else (leg.strike - spx), 0.0)
        roll = 0.0 if elapsed == 0 else mkt.atm_vol(tau) - mkt.atm_vol(expiry)
        base = leg.vol + roll
        vol = max(base + mkt.vol_slope(response, base, tau) * dv, MIN_VOL)
        # Variance runs on the clock, discounting on calendar time: σ_eff = σ·√(variance years / calendar years).
        t = tau / DAYS_PER_YEAR
        return bsm(leg.call, spx, leg.strike, t, mkt.r, mkt.q, vol * math.sqrt(variance_years(mkt, elapsed, expiry) / t))
    future = vix if tau <= 0 else max(mkt.curve_at(tau) + mkt.beta(tau) * dv, MIN_FUTURE)
    if leg.kind == "VIX_FUTURE":
        return future
    if tau <= 0:
        return max((vix - leg.strike) if leg.call else (leg.strike - vix), 0.0)
    t = tau / DAYS_PER_YEAR
    return black76(leg.call, future, leg.strike, t, mkt.r, leg.vol * math.sqrt(variance_years(mkt, elapsed, expiry) / t))


def pnl(mkt, legs, elapsed, analysis, spx, vix, response):
    return sum((unit_value(mkt, l, elapsed, analysis, spx, vix, response) - l.entry) * l.multiplier * l.qty * l.weight
               for l in legs)


def value(mkt, legs, spx, vix, response):
    total = 0.0
    for l in legs:
        unit = unit_value(mkt, l, 0, 0, spx, vix, response)
        total += ((unit - l.entry) if l.kind == "VIX_FUTURE" else unit) * l.multiplier * l.qty * l.weight
    return total


def load(path):
    scenario = json.loads(path.read_text(encoding="utf-8"))
    layers = []
    for layer in scenario["layers"]:
        weight = layer.get("sizeMultiplier", 1.0) if layer.get("enabled", True) else 0.0
        layers.append([Leg(leg, weight) for leg in layer["legs"]])
    return scenario, Market(scenario), layers


def vix_vega(mkt, legs, response, elapsed=0.0, h=1e-4):
    spot = mkt.spot
    return (pnl(mkt, legs, elapsed, elapsed, spot, mkt.vix + h, response)
            - pnl(mkt, legs, elapsed, elapsed, spot, mkt.vix - h, response)) / (2 * h)


def friday(rows):
    """The worked Friday example of section 2: theta of short Monday puts at Friday 15:00, both clocks."""
    for basis in ("calendar", "trading"):
        scenario, mkt, layers = load(ROOT / "src/test/resources/scenarios/friday-short-put.json")
        mkt.time_basis = basis
        legs = layers[0]
        now = pnl(mkt, legs, 0.0, 0.0, mkt.spot, mkt.vix, mkt.response)
        later = pnl(mkt, legs, 1.0, 0.0, mkt.spot, mkt.vix, mkt.response)
        rows.append(("fridayValue", basis, value(mkt, legs, mkt.spot, mkt.vix, mkt.response)))
        rows.append(("fridayTheta", basis, later - now))
        expiry = days_between(mkt.valuation, legs[0].expiry)
        rows.append(("fridayVarianceDays", basis, variance_years(mkt, 0.0, expiry) * DAYS_PER_YEAR))


def main():
    scenario, mkt, layers = load(ROOT / "samples" / "condor-vix-hedge.json")
    legs = [l for layer in layers for l in layer]
    rows = []
    default = mkt.response
    other = "parallel" if default == "proportional" else "proportional"
    rows.append(("stripVix", "", mkt.base_strip))
    rows.append(("consistencyScale", "parallel", mkt.scales["parallel"]))
    rows.append(("consistencyScale", "proportional", mkt.scales["proportional"]))
    rows.append(("positionValue", "", value(mkt, legs, mkt.spot, mkt.vix, default)))
    notional = sum(mkt.curve_at(days_between(mkt.valuation, l.expiry)) * 1000 * l.qty * l.weight
                   for l in legs if l.kind == "VIX_FUTURE")
    rows.append(("notional", "", notional))
    for response in (default, other):
        net = vix_vega(mkt, legs, response)
        rows.append(("netVixVega", response, net))
        per_layer = [vix_vega(mkt, layer, response) for layer in layers]
        for i, v in enumerate(per_layer):
            rows.append(("layerVixVega", f"{response}:{i}", v))
        # Hedge 2 (the last layer, size 1): vega is linear in its size, so the neutral size is -others / unit.
        unit = per_layer[-1] / layers[-1][0].weight
        others = net - per_layer[-1]
        rows.append(("neutralSize", f"{response}:2", -others / unit))
    theta = pnl(mkt, legs, 1.0, 0.0, mkt.spot, mkt.vix, default) - pnl(mkt, legs, 0.0, 0.0, mkt.spot, mkt.vix, default)
    rows.append(("thetaPerDay", default, theta))
    for spx in (6900, 7100, 7275, 7350, 7500, 7600, 7700, 7800, 7875, 8100, 8300):
        rows.append(("pnlToday", str(spx), pnl(mkt, legs, 0.0, 0.0, spx, mkt.vix_after(spx), default)))
    expiry = days_between(mkt.valuation, instant("2026-12-09", 16, 0))
    for spx in (7000, 7275, 7332, 7350, 7500, 7600, 7800, 7875, 8200):
        rows.append(("pnlExpiry", str(spx), pnl(mkt, legs, expiry, 0.0, spx, mkt.vix_after(spx), default)))
    best = minimize_scalar(lambda s: -pnl(mkt, legs, expiry, 0.0, s, mkt.vix_after(s), default),
                           bounds=(7350 - 1e-9, 7350 + 1e-9), method="bounded")
    rows.append(("expiryMaxProfitAt7350", "", -best.fun))
    friday(rows)
    out = ROOT / "src/test/resources/org/condordesk/risk/sample-oracle.csv"
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", newline="", encoding="utf-8") as f:
        f.write("# samples/condor-vix-hedge.json valued by tools/sample_oracle.py from docs/model.md alone\n")
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(["figure", "case", "value"])
        for figure, case, v in rows:
            writer.writerow([figure, case, repr(float(v))])
    for figure, case, v in rows:
        print(f"{figure:24s} {case:16s} {v:,.6f}")


if __name__ == "__main__":
    main()
