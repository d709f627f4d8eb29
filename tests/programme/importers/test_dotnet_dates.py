"""Dates as .NET's JSON serialiser writes them, read as ISO 8601."""

from __future__ import annotations

from bot.programme.importers.dotnet_dates import with_dotnet_dates


def test_a_date_with_an_offset_is_an_instant_and_one_without_is_the_venue_s_clock() -> None:
    data = {
        "StartTime": "/Date(1389078000000)/",
        "ModifiedOn": "/Date(1389119288450+0000)/",
        "Shifted": "/Date(1389078000000-0500)/",
        "Said": ["not a /Date(1)/ inside text", 12],
    }
    assert with_dotnet_dates(data) == {
        "StartTime": "2014-01-07T07:00:00",
        "ModifiedOn": "2014-01-07T18:28:08.450000+00:00",
        "Shifted": "2014-01-07T02:00:00-05:00",
        "Said": ["not a /Date(1)/ inside text", 12],
    }
