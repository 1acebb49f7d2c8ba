"""Small synthetic data sets, seeded so every run prints the same numbers.

The guide never downloads data: each generator here builds a realistic table
in memory in well under a second. Pass a different ``seed`` to get another
sample with the same shape.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

CONTRACTS = ("month-to-month", "one-year", "two-year")
REGIONS = ("north", "south", "east", "west")


def customer_churn(n_rows: int = 2000, seed: int = 7, missing_rate: float = 0.05) -> pd.DataFrame:
    """Return a telecom churn table with the flaws real data has.

    Columns: ``customer_id``, ``tenure_months``, ``monthly_charges`` (USD),
    ``contract``, ``region``, ``support_calls``, ``annual_income`` (USD, with
    missing values and a few extreme outliers) and the label ``churned``
    (0/1; with the defaults about three customers in ten churn).

    Args:
        n_rows: number of customers.
        seed: random seed; the same seed always gives the same table.
        missing_rate: share of ``annual_income`` values set to NaN.
    """
    rng = np.random.default_rng(seed)
    tenure = rng.integers(1, 73, n_rows)
    contract = rng.choice(CONTRACTS, n_rows, p=[0.55, 0.25, 0.20])
    charges = np.round(rng.normal(70, 20, n_rows).clip(18, 120), 2)
    calls = rng.poisson(1.5, n_rows)
    income = np.round(rng.lognormal(10.9, 0.35, n_rows), -2)
    outliers = rng.choice(n_rows, max(1, n_rows // 200), replace=False)
    income[outliers] *= 12  # data-entry errors: an extra digit or two
    income[rng.random(n_rows) < missing_rate] = np.nan
    logit = (-1.2 + 0.035 * (charges - 70) - 0.045 * (tenure - 36) + 0.45 * (calls - 1.5)
             + np.where(contract == "month-to-month", 0.9, -0.8))
    churned = (rng.random(n_rows) < 1 / (1 + np.exp(-logit))).astype(int)
    return pd.DataFrame({
        "customer_id": [f"C{i:05d}" for i in range(n_rows)],
        "tenure_months": tenure,
        "monthly_charges": charges,
        "contract": contract,
        "region": rng.choice(REGIONS, n_rows),
        "support_calls": calls,
        "annual_income": income,
        "churned": churned,
    })


def daily_demand(n_days: int = 365, seed: int = 11) -> pd.DataFrame:
    """Return one store's daily unit sales with trend, weekly season and noise.

    Columns: ``date`` (from 2025-01-01), ``units_sold``, ``price`` (USD),
    ``promotion`` (0/1) and ``temperature_c``.
    """
    rng = np.random.default_rng(seed)
    day = np.arange(n_days)
    weekly = 1 + 0.25 * np.isin(day % 7, (4, 5))  # Friday and Saturday peaks
    promotion = (rng.random(n_days) < 0.1).astype(int)
    price = np.round(9.99 - 2 * promotion + rng.normal(0, 0.2, n_days), 2)
    temperature = np.round(15 + 10 * np.sin(2 * np.pi * (day - 100) / 365) + rng.normal(0, 3, n_days), 1)
    units = rng.poisson((120 + 0.05 * day) * weekly * (1 + 0.4 * promotion))
    return pd.DataFrame({
        "date": pd.date_range("2025-01-01", periods=n_days, freq="D"),
        "units_sold": units,
        "price": price,
        "promotion": promotion,
        "temperature_c": temperature,
    })


def card_transactions(n_rows: int = 5000, fraud_rate: float = 0.02, seed: int = 3) -> pd.DataFrame:
    """Return card transactions with a rare ``is_fraud`` label (imbalanced classes).

    Columns: ``amount`` (USD), ``hour``, ``merchant_category``,
    ``distance_from_home_km``, ``foreign`` (0/1) and ``is_fraud`` (0/1).
    """
    rng = np.random.default_rng(seed)
    fraud = rng.random(n_rows) < fraud_rate
    amount = np.where(fraud, rng.lognormal(5.5, 0.8, n_rows), rng.lognormal(3.6, 0.9, n_rows))
    hour = np.where(fraud, rng.choice([0, 1, 2, 3, 4, 23], n_rows), rng.integers(7, 23, n_rows))
    distance = np.where(fraud, rng.exponential(300, n_rows), rng.exponential(12, n_rows))
    foreign = np.where(fraud, rng.random(n_rows) < 0.5, rng.random(n_rows) < 0.05)
    return pd.DataFrame({
        "amount": np.round(amount, 2),
        "hour": hour,
        "merchant_category": rng.choice(["grocery", "travel", "online", "fuel", "dining"], n_rows),
        "distance_from_home_km": np.round(distance, 1),
        "foreign": foreign.astype(int),
        "is_fraud": fraud.astype(int),
    })


# ------------------------------------------------------------------ the journey's case study
#
# The journey follows one telecom provider from "who will cancel?" to a model
# in production. The functions below extend ``customer_churn`` with what later
# modules need (dates, free text, a usage stream, two side quests) without
# changing a single value of the base table: each draws from its own seeded
# generator, so every reader sees the same numbers in every module.

SNAPSHOT_DATE = pd.Timestamp("2026-01-31")
"""The day the churn table describes: features are known on it, the label looks 30 days ahead."""

_NOTE_TEMPLATES = {
    "billing": ("Customer disputes a charge on the last bill.", "Asked why the bill went up this month.",
                "Billing question about roaming fees; explained the tariff."),
    "network": ("Reports dropped calls at home in the evening.", "Mobile data very slow since last week.",
                "Broadband outage for two days; credit applied."),
    "cancel": ("Asked for the cancellation procedure and notice period.",
               "Says a competitor offers the same plan cheaper; wants to leave.",
               "Requested PAC code to port the number."),
    "device": ("Help setting up a new handset.", "Wants to upgrade the phone early.",
               "SIM card replaced after damage."),
}


def churn_case(n_rows: int = 2000, seed: int = 7) -> pd.DataFrame:
    """Return the journey's churn table: :func:`customer_churn` plus dates and support notes.

    The base columns are exactly those of ``customer_churn(n_rows, seed)``.
    Added columns:

    - ``snapshot_date``: :data:`SNAPSHOT_DATE` for every row;
    - ``signup_date``: the snapshot date minus the tenure;
    - ``last_contact``: timestamp of the last support contact (``NaT`` for
      customers who never called);
    - ``support_note``: the agent's free-text note of that contact (empty
      string when there was none); churners more often mention cancelling,
      prices and network faults, as real notes do.

    Args:
        n_rows: number of customers.
        seed: random seed of the base table; the extra columns use ``seed + 1000``.
    """
    df = customer_churn(n_rows=n_rows, seed=seed)
    rng = np.random.default_rng(seed + 1000)
    df["snapshot_date"] = SNAPSHOT_DATE
    df["signup_date"] = SNAPSHOT_DATE - pd.to_timedelta(df["tenure_months"] * 30, unit="D")
    has_contact = df["support_calls"].to_numpy() > 0
    days_ago = rng.integers(0, 90, n_rows)
    minutes = rng.integers(8 * 60, 20 * 60, n_rows)
    contact = SNAPSHOT_DATE - pd.to_timedelta(days_ago, unit="D") + pd.to_timedelta(minutes, unit="min")
    df["last_contact"] = pd.Series(contact).where(has_contact)
    churned = df["churned"].to_numpy() == 1
    topics = []
    for leaving, contacted in zip(churned, has_contact):
        if not contacted:
            topics.append(None)
            continue
        weights = [0.30, 0.25, 0.30, 0.15] if leaving else [0.35, 0.25, 0.05, 0.35]
        topics.append(rng.choice(list(_NOTE_TEMPLATES), p=weights))
    df["support_note"] = [str(rng.choice(_NOTE_TEMPLATES[t])) if t else "" for t in topics]
    return df


def usage_events(customers: pd.DataFrame, n_days: int = 14, seed: int = 21) -> pd.DataFrame:
    """Return a stream of usage events for ``customers`` over the ``n_days`` before the snapshot.

    One row per event, sorted by ``event_time``: ``customer_id``,
    ``event_time`` (timestamp), ``event_type`` (``data_session``, ``voice_call``
    or ``app_login``), ``megabytes`` and ``minutes`` (0 when they do not apply).
    Customers who go on to churn use the service less and less in the last
    days, which is the signal a streaming feature can catch early. This is
    the stream the journey pushes through Amazon Kinesis.

    Args:
        customers: a table with ``customer_id`` and ``churned`` (for example :func:`churn_case`).
        n_days: days of history before :data:`SNAPSHOT_DATE`.
        seed: random seed.
    """
    rng = np.random.default_rng(seed)
    ids = customers["customer_id"].to_numpy()
    churned = customers["churned"].to_numpy()
    day = np.arange(n_days)
    fade = 1 - 0.6 * np.outer(churned, day) / n_days  # churners fade out over the window
    counts = rng.poisson(2.0 * fade).ravel()          # events per customer and day
    who = np.repeat(np.repeat(np.arange(len(ids)), n_days), counts)
    when = np.repeat(np.tile(day, len(ids)), counts)
    n = len(who)
    kind = rng.choice(np.array(["data_session", "voice_call", "app_login"]), n, p=(0.6, 0.3, 0.1))
    seconds = rng.integers(0, 86_400, n)
    megabytes = np.where(kind == "data_session", np.round(rng.lognormal(4.0, 1.0, n), 1), 0.0)
    minutes = np.where(kind == "voice_call", np.round(rng.exponential(4.0, n), 1), 0.0)
    start = SNAPSHOT_DATE - pd.Timedelta(days=n_days)
    events = pd.DataFrame({
        "customer_id": ids[who],
        "event_time": start + pd.to_timedelta(when * 86_400 + seconds, unit="s"),
        "event_type": kind,
        "megabytes": megabytes,
        "minutes": minutes,
    })
    return events.sort_values(["event_time", "customer_id"], kind="stable").reset_index(drop=True)


def topup_transactions(n_rows: int = 6000, fraud_rate: float = 0.015, seed: int = 31) -> pd.DataFrame:
    """Return prepaid top-up payments with a rare ``is_fraud`` label (the journey's fraud side quest).

    Columns: ``event_time`` (the 30 days before :data:`SNAPSHOT_DATE`),
    ``customer_id``, ``amount_usd``, ``channel`` (``app``, ``web``, ``store``,
    ``partner``), ``card_country_match`` (0/1), ``topups_last_24h``,
    ``account_age_days`` and ``is_fraud`` (0/1). Fraudsters top up often, in
    round amounts, from new accounts and foreign cards.

    Args:
        n_rows: number of top-ups.
        fraud_rate: expected share of fraudulent top-ups.
        seed: random seed.
    """
    rng = np.random.default_rng(seed)
    fraud = rng.random(n_rows) < fraud_rate
    seconds = rng.integers(0, 30 * 86_400, n_rows)
    amount = np.where(fraud, rng.choice([50.0, 100.0, 150.0], n_rows), np.round(rng.gamma(2.0, 8.0, n_rows) + 5, 2))
    return pd.DataFrame({
        "event_time": SNAPSHOT_DATE - pd.Timedelta(days=30) + pd.to_timedelta(seconds, unit="s"),
        "customer_id": [f"C{i:05d}" for i in rng.integers(0, 2000, n_rows)],
        "amount_usd": amount,
        "channel": np.where(fraud, rng.choice(["web", "partner"], n_rows),
                            rng.choice(["app", "web", "store", "partner"], n_rows, p=[0.5, 0.25, 0.2, 0.05])),
        "card_country_match": np.where(fraud, rng.random(n_rows) < 0.4, rng.random(n_rows) < 0.97).astype(int),
        "topups_last_24h": np.where(fraud, rng.poisson(4.0, n_rows) + 1, rng.poisson(0.3, n_rows) + 1),
        "account_age_days": np.where(fraud, rng.integers(0, 20, n_rows), rng.integers(1, 2500, n_rows)),
        "is_fraud": fraud.astype(int),
    }).sort_values("event_time", kind="stable").reset_index(drop=True)


def support_call_volume(n_days: int = 730, seed: int = 41) -> pd.DataFrame:
    """Return daily calls to the provider's support centre (the journey's forecasting side quest).

    Columns: ``date`` (the ``n_days`` up to :data:`SNAPSHOT_DATE`),
    ``calls`` (count), ``outage`` (0/1, a network outage that day) and
    ``bill_day`` (0/1, the day bills are issued, on the 1st of each month).
    Volume has a slow upward trend, a weekly cycle (Mondays busiest, Sundays
    quietest), spikes on bill days and outages, and noise.

    Args:
        n_days: number of days.
        seed: random seed.
    """
    rng = np.random.default_rng(seed)
    dates = pd.date_range(end=SNAPSHOT_DATE, periods=n_days, freq="D")
    weekday = np.array([1.25, 1.10, 1.0, 1.0, 0.95, 0.70, 0.55])[dates.dayofweek]
    bill_day = (dates.day == 1).astype(int)
    outage = (rng.random(n_days) < 0.02).astype(int)
    level = 400 + 0.15 * np.arange(n_days)
    calls = rng.poisson(level * weekday * (1 + 0.35 * bill_day + 1.5 * outage))
    return pd.DataFrame({"date": dates, "calls": calls, "outage": outage, "bill_day": bill_day})
