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
