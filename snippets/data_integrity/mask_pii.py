"""Pseudonymize, mask and generalize personal data before it reaches a training set."""

import hashlib
import hmac

import pandas as pd

customers = pd.DataFrame({
    "email": ["ana@example.com", "bo@example.org", "ana@example.com"],
    "card_number": ["4111111111111111", "5500005555555559", "4111111111111111"],
    "birth_date": ["1988-04-17", "1951-11-02", "1988-04-17"],
    "zip_code": ["98109", "10001", "98109"],
    "spend_usd": [120.5, 88.0, 42.0],
})

# --8<-- [start:hash-with-salt]
# The key lives in a secrets store (for example AWS Secrets Manager), never next to the data.
SECRET_KEY = b"load-me-from-a-secrets-manager"

def pseudonymize(value: str) -> str:
    """Keyed hash (HMAC-SHA256): same input -> same token, so joins still work."""
    return hmac.new(SECRET_KEY, value.lower().encode(), hashlib.sha256).hexdigest()[:16]

customers["customer_token"] = customers["email"].map(pseudonymize)
print(customers["customer_token"].tolist())
#> ['e47ee5c68c8ba5f9', '1ecfe45cbb2a8d68', 'e47ee5c68c8ba5f9']
# An unkeyed hash of an e-mail address can be reversed by hashing a list of known addresses.
print(hashlib.sha256(b"ana@example.com").hexdigest()[:16], "<- anyone can recompute this one")
#> 8e43ca37701228e7 <- anyone can recompute this one
# --8<-- [end:hash-with-salt]

# --8<-- [start:mask-and-generalize]
masked = pd.DataFrame({
    "customer_token": customers["customer_token"],
    "card_last4": "**** " + customers["card_number"].str[-4:],           # masking
    "birth_decade": customers["birth_date"].str[:3] + "0s",             # generalization
    "zip3": customers["zip_code"].str[:3] + "XX",                       # coarser location
    "spend_usd": customers["spend_usd"],
})
print(masked.to_string(index=False))
#>   customer_token card_last4 birth_decade  zip3  spend_usd
#> e47ee5c68c8ba5f9  **** 1111        1980s 981XX      120.5
#> 1ecfe45cbb2a8d68  **** 5559        1950s 100XX       88.0
#> e47ee5c68c8ba5f9  **** 1111        1980s 981XX       42.0
# --8<-- [end:mask-and-generalize]
