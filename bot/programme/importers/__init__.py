"""Readers for programme files made by other tools, one format per module.

    frab_xml        frab / Pentabarf / pretalx / c3voc `schedule.xml` (old and new variants)
    schedule_json   c3voc / pretalx / frab `schedule.json`
    pretalx_widget  the JSON the pretalx schedule widget loads
    sessionize      Sessionize JSON, views /view/All and /view/GridSmart
    hoverboard      a Hoverboard site's data: sessions, speakers and the schedule in one JSON
    ical            iCalendar `.ics`
    xcal            xCal: XML iCalendar (Pentabarf/pretalx flavour and RFC 6321)
    fallback        last resort: refuses, with a clear reason, JSON/XML/other files we do not read

Each reader turns its file into the records of `build` (`RawSchedule`, `RawEvent`, `RawPerson`);
`build.build_programme` makes the model from them the same way for every format, so ids, days,
time zones and warnings behave alike whatever the source. Shared text/time helpers are in `common`.
"""
