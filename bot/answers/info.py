"""Writing the conference information as a reply: registration, venue, languages, organisers,
web page, FAQ and highlights; what it lacks is said plainly, with whom to ask when we know."""

from __future__ import annotations

from html import escape

from bot.answers.answer import Answer
from bot.answers.lines import interpretation_languages, language_mark, session_line
from bot.i18n import Speaker
from bot.programme.model import Contact, Organisation, Programme, Text


def localized(text: Text, programme: Programme, s: Speaker) -> str:
    """A text in the reader's language, else in the conference's, marked as such ('(in French)')."""
    return escape(text.get(s.language, programme.conference.default_language)) + language_mark(
        text, programme, s
    )


def link(url: str, label: str | None = None) -> str:
    return f'<a href="{escape(url, quote=True)}">{escape(label or url)}</a>'


def contact_line(contact: Contact, programme: Programme, s: Speaker) -> str:
    """'IDM workshop team — idmworkshop@iom.int · +41 22 717 93 89'."""
    parts = [escape(part) for part in (contact.email, contact.phone) if part]
    if contact.url:
        parts.append(link(contact.url))
    line = " · ".join(parts)
    if contact.name:
        line = localized(contact.name, programme, s) + " — " + line
    return line


def highlights_line(programme: Programme, s: Speaker) -> str:
    """One line for /start and /help: how many highlights, and how to ask for them."""
    info = programme.conference.info
    if not info.highlights:
        return ""
    title = localized(info.highlights_title, programme, s) if info.highlights_title else s._("Highlights")
    count = len(info.highlights)
    # Translators: {title} is the organisers' own title for their highlights of the programme.
    return "✨ " + s.n_(
        "{title}: {count} moment — ask me “what are the highlights?”",
        "{title}: {count} moments — ask me “what are the highlights?”",
        count,
        title=f"<b>{title}</b>",
    )


def conference_examples(programme: Programme, s: Speaker, shown: str = "") -> str:
    """For /start and /help: questions about the conference itself that its information answers
    (an FAQ entry's own question among them), leaving out those `shown` already has."""
    info = programme.conference.info
    examples = [s._("what is the conference about?")]
    if info.venue:
        examples.append(s._("where is the venue?"))
    if info.working_languages:
        examples.append(s._("what are the working languages?"))
    examples += [
        escape(entry.question.get(s.language)) for entry in info.faq[:2] if entry.question.has(s.language)
    ]
    if info.organisers_contact:
        examples.append(s._("what is the contact email?"))
    examples = [example for example in examples if f"<i>{example}</i>" not in shown][:4]
    if not examples:
        return ""
    lines = [s._("About the conference itself, for example:")]
    return "\n".join([*lines, *(f"• <i>{example}</i>" for example in examples)])


def render_info(result: Answer, programme: Programme, s: Speaker) -> str:
    writers = {
        "about": _about,
        "organisers": _organisers,
        "venue": _venue,
        "languages": _languages,
        "registration": _registration,
        "contact": _contact,
        "website": _website,
        "highlights": _highlights,
        "faq": _faq,
    }
    blocks = [writers[topic](result, programme, s) for topic in result.question.info if topic in writers]
    if result.unknown_info:
        contact = programme.conference.info.organisers_contact
        if contact:
            blocks.append(
                s._("You can ask the organisers: {contact}", contact=contact_line(contact, programme, s))
            )
    return "\n\n".join(block for block in blocks if block)


def unknown_info(result: Answer, programme: Programme, s: Speaker) -> str:
    """ "is there a cloakroom?", "food allergies?": the information does not say; whom to ask."""
    if not result.question.unmatched:
        # "¿cuánto cuesta la inscripción?": a part of the information, said as it says it.
        return render_info(result, programme, s)
    what = escape(result.question.unmatched)
    # Translators: {what} is what the attendee asked about, in their own words ("vestiaire").
    lines = [s._("The conference information does not say anything about “{what}”.", what=what)]
    contact = programme.conference.info.organisers_contact
    if contact:
        lines.append(
            s._("You can ask the organisers: {contact}", contact=contact_line(contact, programme, s))
        )
    return "\n".join(lines)


def _about(result: Answer, programme: Programme, s: Speaker) -> str:
    conference = programme.conference
    first, last = conference.days[0], conference.days[-1]
    when = s.full_date(first) if first == last else f"{s.full_date(first)} – {s.full_date(last)}"
    lines = [f"<b>{localized(conference.name, programme, s)}</b>"]
    lines.append(escape(f"{when} · {conference.city}" if conference.city else when))
    if conference.info.about:
        lines += ["", localized(conference.info.about, programme, s)]
    return "\n".join(lines)


def _organisation(organisation: Organisation, programme: Programme, s: Speaker) -> str:
    line = "• " + localized(organisation.name, programme, s)
    if organisation.role:
        line += f" <i>({localized(organisation.role, programme, s)})</i>"
    if organisation.url:
        line += " — " + link(organisation.url)
    return line


def _organisers(result: Answer, programme: Programme, s: Speaker) -> str:
    info = programme.conference.info
    if not (info.organisers or info.partners):
        return s._("The conference information does not say who organises it.")
    lines = []
    if info.organisers:
        lines.append(s._("Organised by:"))
        lines += [_organisation(o, programme, s) for o in info.organisers]
    if info.partners:
        if lines:
            lines.append("")
        lines.append(s._("Partners:"))
        lines += [_organisation(o, programme, s) for o in info.partners]
    return "\n".join(lines)


def _venue(result: Answer, programme: Programme, s: Speaker) -> str:
    venue = programme.conference.info.venue
    if not venue:
        city = programme.conference.city
        if city:
            return s._(
                "The conference information does not give the venue, only its city: {city}.",
                city=escape(city),
            )
        return s._("The conference information does not give the venue.")
    parts = [localized(text, programme, s) for text in (venue.name, venue.address) if text]
    line = s._("Venue: {venue}", venue=", ".join(parts)) if parts else ""
    if venue.coordinates:
        latitude, longitude = venue.coordinates
        url = f"https://www.openstreetmap.org/?mlat={latitude}&mlon={longitude}#map=17/{latitude}/{longitude}"
        line = (line + "\n" if line else "") + "🗺 " + link(url, s._("Map"))
    return line


def _languages(result: Answer, programme: Programme, s: Speaker) -> str:
    info = programme.conference.info
    if info.working_languages:
        languages = s.join(s.language_name(code) for code in info.working_languages)
        return s._("Working languages: {languages}.", languages=escape(languages))
    lines = [s._("The conference information does not give its working languages.")]
    rooms = [room for room in programme.rooms.values() if room.interpretation]
    if rooms:
        lines.append(s._("Interpretation by room:"))
        for room in rooms:
            # Translators: a room and its interpretation languages, e.g. "Auditoire: English, French".
            languages = escape(interpretation_languages(room, s))
            lines.append("• " + s._("{room}: {languages}", room=escape(room.name), languages=languages))
    return "\n".join(lines)


def _registration(result: Answer, programme: Programme, s: Speaker) -> str:
    registration = programme.conference.info.registration
    if not registration:
        return s._("The conference information does not say how to register.")
    lines = [s._("How to register:")]
    if registration.how:
        lines.append(localized(registration.how, programme, s))
    if registration.contact:
        lines.append("✉️ " + contact_line(registration.contact, programme, s))
    if registration.url:
        lines.append("🔗 " + link(registration.url))
    return "\n".join(lines)


def _contact(result: Answer, programme: Programme, s: Speaker) -> str:
    contact = programme.conference.info.organisers_contact
    if not contact:
        return s._("The conference information gives no contact.")
    return s._("Contact: {contact}", contact=contact_line(contact, programme, s))


def _website(result: Answer, programme: Programme, s: Speaker) -> str:
    website = programme.conference.info.website
    if not website:
        return s._("The conference information gives no web page.")
    return s._("Web page: {url}", url=link(website))


def _highlights(result: Answer, programme: Programme, s: Speaker) -> str:
    info = programme.conference.info
    if not info.highlights:
        return s._("The conference information points out no highlights.")
    title = localized(info.highlights_title, programme, s) if info.highlights_title else s._("Highlights")
    lines = [f"<b>{title}</b>"]
    for highlight in info.highlights:
        session = programme.session(highlight.session_id) if highlight.session_id else None
        lines.append("")
        if session is not None:
            lines.append(f"• {escape(s.day_title(session.start))}, " + session_line(programme, session, s))
            lines.append(localized(highlight.text, programme, s))
        else:
            lines.append("• " + localized(highlight.text, programme, s))
    return "\n".join(lines)


def _faq(result: Answer, programme: Programme, s: Speaker) -> str:
    entries = programme.conference.info.faq
    blocks = []
    for number in result.question.faq:
        if 0 <= number < len(entries):
            entry = entries[number]
            question = localized(entry.question, programme, s)
            blocks.append(f"<b>{question}</b>\n{localized(entry.answer, programme, s)}")
    return "\n\n".join(blocks)
