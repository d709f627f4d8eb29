"""A spreadsheet of sessions (Google Calendar's import CSV, as Web2Day 2018's was scraped into):
its columns read by their names, dates with slashes and two-figure years, speakers one a line,
and what is wrong said at the row's line."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.programme.errors import ProgrammeError
from bot.programme.loading import load_programme

HEADER = "Start Date,Start Time,End Date,End Time,Location,_speakers,Description,Subject\n"
ROWS = (
    '13/06/18,8:45 AM,13/06/18,9:05 AM,"Maxi, Stereolux",,"Un live électro.",Ouverture du festival\n'
    '14/06/18,3:40 PM,14/06/18,4:40 PM,Chapitalk,"Damien CAVAILLÈS, Founder @WeLoveDevs.com\n'
    'Elsa BERRY, Director Culture @Matters\n",'
    '"Deux lignes\nde description",Les nouveaux services IT\n'
)


def write(tmp_path: Path, text: str, name: str = "web2day.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_calendar_import_csv_is_read_by_its_columns(tmp_path: Path) -> None:
    loaded = load_programme(write(tmp_path, HEADER + ROWS), tz="Europe/Paris")
    programme = loaded.programme
    assert loaded.format == "own-csv"
    read = [
        (
            s.title.all()[0],
            s.start.isoformat(),
            s.end.isoformat(),
            programme.rooms[s.room_id].name if s.room_id else None,
            [programme.people[p].name for p in s.person_ids],
        )
        for s in programme.sessions
    ]
    assert read == [
        (
            "Ouverture du festival",
            "2018-06-13T08:45:00+02:00",
            "2018-06-13T09:05:00+02:00",
            "Maxi, Stereolux",
            [],
        ),
        (
            "Les nouveaux services IT",
            "2018-06-14T15:40:00+02:00",
            "2018-06-14T16:40:00+02:00",
            "Chapitalk",
            ["Damien CAVAILLÈS", "Elsa BERRY"],
        ),
    ]
    assert programme.sessions[1].description.all() == ("Deux lignes\nde description",)


def test_a_row_the_reader_cannot_use_is_said_at_its_line(tmp_path: Path) -> None:
    # The second row spans lines 3 to 6 (its cells hold line breaks): the third starts at line 7.
    bad = "14/06/18,soon,14/06/18,11:30 AM,Micro,,,Talk C\n"
    loaded = load_programme(write(tmp_path, HEADER + ROWS + bad), tz="Europe/Paris")
    assert len(loaded.programme.sessions) == 2
    assert any("line 7" in warning and "'soon'" in warning for warning in loaded.warnings), loaded.warnings


def test_a_csv_without_rows_or_not_in_utf8_is_refused_clearly(tmp_path: Path) -> None:
    with pytest.raises(ProgrammeError, match="no row under its header"):
        load_programme(write(tmp_path, HEADER), tz="Europe/Paris")
    latin = tmp_path / "latin.csv"
    latin.write_bytes((HEADER + ROWS).encode("latin-1", "replace"))
    with pytest.raises(ProgrammeError, match="not UTF-8"):
        load_programme(latin, tz="Europe/Paris")


def test_a_day_s_date_and_room_written_once_are_the_rows_below_theirs(tmp_path: Path) -> None:
    # NBIS courses' schedule template (RNA-seq, Uppsala 2024): the date and room on a day's first
    # row only, separated by semicolons; the teacher is the session's person.
    text = (
        '"date";"room";"start_time";"end_time";"topic";"teacher"\n'
        '"11/03/2024";"Experimental classroom (10:203)";"09:00";"09:15";"Welcome";"Johan Reimegård"\n'
        ';;"09:15";"10:00";"RNA Introduction";"Johan Reimegård"\n'
        ';;"10:00";"10:30";"Coffee Break";\n'
        '"12/03/2024";"Room B";"09:00";"10:00";"Alignment";"Ana Gil"\n'
        ';;"10:00";"11:00";"Quantification";\n'
    )
    programme = load_programme(write(tmp_path, text, "schedule.csv"), tz="Europe/Stockholm").programme
    read = [
        (s.title.all()[0], s.start.isoformat(), programme.rooms[s.room_id].name if s.room_id else None)
        for s in programme.sessions
    ]
    assert read == [
        ("Welcome", "2024-03-11T09:00:00+01:00", "Experimental classroom (10:203)"),
        ("RNA Introduction", "2024-03-11T09:15:00+01:00", "Experimental classroom (10:203)"),
        ("Coffee Break", "2024-03-11T10:00:00+01:00", "Experimental classroom (10:203)"),
        ("Alignment", "2024-03-12T09:00:00+01:00", "Room B"),
        ("Quantification", "2024-03-12T10:00:00+01:00", "Room B"),
    ]
    assert [programme.people[p].name for p in programme.sessions[1].person_ids] == ["Johan Reimegård"]


def test_a_call_for_papers_export_names_its_speakers_in_name(tmp_path: Path) -> None:
    """PyConES 2018's talks.csv: a talk's "name" is its speaker's beside its "title" and the
    speaker's "bio" and "avatar", even on a keynote's row that leaves them empty; "A y B" is two
    people, "María de la Cruz y de los Santos" one."""
    text = (
        "name,avatar,bio,title,abstract,track,day,start,end\n"
        ",,,Cafe,,Hall,07/10/2018,11:00,11:30\n"
        "Lorena Mesa,,,Keynote,,Ebury,07/10/2018,16:30,17:30\n"
        'Pablo Galindo y Victor Terrón,https://a.example/p.jpg,"Core dev.",Hora de sacar la basura,'
        "GC,Ebury,07/10/2018,14:30,14:55\n"
        "María de la Cruz y de los Santos,,Física.,Exoplanetas,,PSF,07/10/2018,9:30,9:55\n"
        "Devanshi Verma,https://a.example/d.jpg,Hi.,Satellite images,Not scheduled,,,,\n"
    )
    programme = load_programme(write(tmp_path, text, "talks.csv"), tz="Europe/Madrid").programme
    speakers = {
        s.title.all()[0]: [programme.people[p].name for p in s.person_ids] for s in programme.sessions
    }
    assert speakers == {
        "Cafe": [],
        "Keynote": ["Lorena Mesa"],
        "Hora de sacar la basura": ["Pablo Galindo", "Victor Terrón"],
        "Exoplanetas": ["María de la Cruz y de los Santos"],
    }


def test_a_name_column_beside_a_title_column_is_the_speaker_s(tmp_path: Path) -> None:
    """PyCon JP 2022's timetable.csv: "code,room,start,end,title,name,…", the speaker's name in
    "name" with no bio beside it; a title column of its own says the name is no title."""
    text = (
        "code,room,start,end,title,name,language\n"
        "QS8ZYM,pyconjp_1,2022-10-14T10:00:00+09:00,2022-10-14T10:30:00+09:00,Opening Day1,運営,ja-JP\n"
        "TLNEJQ,pyconjp_1,2022-10-14T10:30:00+09:00,2022-10-14T11:30:00+09:00,Keynote,Mark Shanonn,en\n"
    )
    programme = load_programme(write(tmp_path, text, "timetable.csv")).programme
    speakers = {
        s.title.all()[0]: [programme.people[p].name for p in s.person_ids] for s in programme.sessions
    }
    assert speakers == {"Opening Day1": ["運営"], "Keynote": ["Mark Shanonn"]}


def test_pretalx_s_sessions_export_as_csv(tmp_path: Path) -> None:
    """EuroSciPy 2023's: pretalx writes "Proposal title", "Speaker names", "Room", "Start", "End";
    a proposal not scheduled (a poster, no start) is left out, its line said."""
    text = (
        "ID,Proposal title,Proposal state,Session type,Track,Abstract,Speaker names,Room,Start,End\n"
        "3D7SAQ,Model Documentation,confirmed,Talk,Community,Model cards.,Ezi Ozoani,HS 120,"
        "2023-08-17T09:20:00+00:00,2023-08-17T11:40:00+02:00\n"
        "8NHQGJ,Survival analysis,confirmed,Poster,Science,Gradient boosting.,Ada Smith,,,\n"
    )
    loaded = load_programme(write(tmp_path, text, "euroscipy-2023_sessions.csv"), tz="Europe/Zurich")
    programme = loaded.programme
    (session,) = programme.sessions
    room = programme.room(session.room_id)
    assert (session.title.all()[0], session.start.isoformat(), room.name if room else None) == (
        "Model Documentation",
        "2023-08-17T11:20:00+02:00",
        "HS 120",
    )
    assert [programme.people[p].name for p in session.person_ids] == ["Ezi Ozoani"]
    assert any("line 3" in warning for warning in loaded.warnings)


def test_a_quote_written_twice_inside_a_quoted_cell_and_a_degree_after_a_name(tmp_path: Path) -> None:
    """EuroSciPy 2023's export: 'Polars is the ""relatively"" new…' is one cell (the sniffer alone
    took the doubled quotes for two cells), and "Arkadiusz Trawiński, PhD, Joost Göbbels" is two
    people, no "PhD"."""
    text = (
        "ID,Proposal title,Abstract,Speaker names,Room,Start,End\n"
        'UX8CTK,Keynote on polars,"Polars is the ""relatively"" new, fast dataframe library",'
        "Ritchie Vink,Aula,2023-08-17T07:00:00+00:00,2023-08-17T10:00:00+02:00\n"
        'AB12CD,Skops,"Safer ""pickles"", at last","Arkadiusz Trawiński, PhD, Joost Göbbels",HS 120,'
        "2023-08-17T13:30:00+00:00,2023-08-17T16:00:00+02:00\n"
    )
    programme = load_programme(write(tmp_path, text, "sessions.csv"), tz="Europe/Zurich").programme
    assert sorted(s.title.all()[0] for s in programme.sessions) == ["Keynote on polars", "Skops"]
    assert sorted(p.name for p in programme.people.values()) == [
        "Arkadiusz Trawiński",
        "Joost Göbbels",
        "Ritchie Vink",
    ]
