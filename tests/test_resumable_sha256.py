"""The SHA-256 whose state is stored between builds (councildata.resumable_sha256)."""

from __future__ import annotations

import hashlib
import random

import pytest

from councildata import resumable_sha256

pytestmark = pytest.mark.skipif(not resumable_sha256.available(),
                                reason="no resumable SHA-256 (OpenSSL's) on this system")


def test_a_stored_state_goes_on_as_one_hash_would():
    rng = random.Random(7)
    for _ in range(200):
        data = rng.randbytes(rng.randrange(0, 600))
        cut = rng.randrange(0, len(data) + 1)
        h = resumable_sha256.Sha256()
        h.update(data[:cut])
        state = h.state()
        assert len(state) == resumable_sha256.CTX_SIZE
        resumed = resumable_sha256.Sha256(bytes(state))
        resumed.update(data[cut:])
        assert resumed.hexdigest() == hashlib.sha256(data).hexdigest()
        # hexdigest leaves the state as it was.
        assert h.hexdigest() == hashlib.sha256(data[:cut]).hexdigest()
        assert h.state() == state


def test_a_state_of_the_wrong_size_is_refused():
    with pytest.raises(ValueError, match="112 bytes"):
        resumable_sha256.Sha256(b"\0" * 32)
