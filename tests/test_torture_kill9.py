"""kill -9 at random moments: no acknowledged answer lost, no chain broken, every attempt resumes."""

import pytest

from tests.support.torture import torture

pytestmark = pytest.mark.slow


def test_fifty_random_kills_lose_nothing(tmp_path):
    result = torture(tmp_path, kills=50, seed=2026)
    assert result.kills == 50
    assert result.acknowledged > 200, "the child must really answer between kills"
    assert result.lost == []
    assert result.broken == []
    assert result.not_resumable == []
    assert result.resumed >= 25, "most restarts must get as far as reopening an attempt"
