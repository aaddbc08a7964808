"""The English check: long texts by the share of English function words, short ones (a headline and a
sentence, where a few names weigh heavily) by comparing English's function words with other languages'."""
from __future__ import annotations

import pytest

from sitrep.config import Settings
from sitrep.errors import LanguageError
from sitrep.language import check_english, function_words

SETTINGS = Settings()


@pytest.mark.parametrize("text", [
    "Sudan declared 15 UAE embassy staff persona non grata on Monday.",
    "Kurdish forces say warplanes hit Kobani.",
    "Gunmen killed five people in Kano on Tuesday, police said.",
])
def test_short_english_with_many_names_is_english(text):
    check_english(text, SETTINGS, "t")


def test_the_entities_within_a_span_of_tokens_are_found_by_bisection_as_by_a_walk(pipeline):
    from sitrep.language import entities, entities_within

    nlp = pipeline.language.nlp
    doc = nlp("Gunmen killed two guards in Kano on Monday. On Tuesday, police in Zaria arrested five men. "
              "The governor of Kaduna visited Zaria on Wednesday.")
    n = len(doc)
    for lo, hi in [(0, n - 1), (0, 8), (9, 20), (5, 5), (n, n + 3), (3, 2)]:
        walked = tuple(e for e in entities(doc) if lo <= e.start <= hi)
        assert entities_within(doc, lo, hi) == walked, (lo, hi)
    # made again when the entities are: a name dropped is dropped from the search too
    first = entities(doc)[0]
    doc.ents = [e for e in entities(doc) if e.start != first.start]
    doc.user_data.pop("sitrep.ents", None)
    assert all(e.start != first.start for e in entities_within(doc, 0, n))


def test_the_words_a_character_range_touches_are_spacys_expanded_char_span(pipeline):
    from sitrep.language import word_range, words_at

    nlp = pipeline.language.nlp
    text = "Troops  shelled the depot near Gao.\n\nTwo days later , rebels retook it."
    doc = nlp(text)
    n = len(text)
    ranges = [(a, b) for a in range(-1, n + 2) for b in range(a + 1, n + 2)]
    for a, b in ranges:
        want = doc.char_span(a, b, alignment_mode="expand")
        got = word_range(doc, a, b)
        assert got == (None if want is None else (want.start, want.end)), (a, b)
    # a start on a word's trailing space begins at the next word; a range past the text is None
    assert words_at(doc, text.index(" shelled") + 1, text.index("depot")).text == "shelled the"
    assert words_at(doc, text.index("depot") + 5, text.index("near") + 2).text == "near"
    assert words_at(doc, n - 3, n + 1) is None
    # made once per range: asked again, the same Span
    assert words_at(doc, 0, 6) is words_at(doc, 0, 6)


@pytest.mark.slow
@pytest.mark.parametrize("text, english", [
    ("Israeli PM vows revenge", True),  # no function word of any language: its words are English
    ("Rebels seize key border town", True),
    ("Xqzv plor mnet kjhg", False),
    ("Ataque deja cinco muertos", False),
])
def test_a_headline_without_function_words_goes_by_its_words(pipeline, text, english):
    if english:
        check_english(text, SETTINGS, "t", pipeline.language.vocabulary)
    else:
        with pytest.raises(LanguageError):
            check_english(text, SETTINGS, "t", pipeline.language.vocabulary)
    with pytest.raises(LanguageError):  # without the model's words, as before
        check_english(text, SETTINGS, "t")


@pytest.mark.parametrize("text,says", [
    ("Le président a dit que la police a arrêté des manifestants à Paris.", "more french function words"),
    ("El presidente dijo que la policía detuvo a los manifestantes en Lima.", "more spanish function words"),
    ("Die Polizei hat in Berlin zwei Männer festgenommen, sagte ein Sprecher.", "German"),
    ("xqzv plor mnet kjhg wqpo zzxx", "no common English word"),
])
def test_short_text_in_another_language_is_refused_saying_why(text, says):
    with pytest.raises(LanguageError) as err:
        check_english(text, SETTINGS, "t")
    assert says.lower() in str(err.value).lower() or "English" in str(err.value)


def test_a_long_text_goes_by_its_share():
    english = "Gunmen killed five people in Kano on Tuesday, police said. " * 10
    check_english(english, SETTINGS, "t")
    french = "Le président a dit que la police a arrêté des manifestants à Paris hier soir. " * 10
    with pytest.raises(LanguageError):
        check_english(french, SETTINGS, "t")


def test_the_word_lists_are_strings_even_where_yaml_reads_booleans():
    words = function_words()
    assert "on" in words["english"] and "no" in words["portuguese"]


@pytest.mark.slow
def test_the_final_e_is_given_back_only_to_sitreps_own_verbs(pipeline):
    from sitrep.language import repair_lemmas

    nlp = pipeline.language.nlp
    doc = nlp("Students staged a march and were slated to rally again; a man rapped on the door.")
    before = {t.text: t.lemma_ for t in doc}
    assert before["staged"] == "stag"  # the model's reading, which the repair exists for
    repair_lemmas(doc, frozenset({"stage", "slate", "rape"}))
    after = {t.text: t.lemma_ for t in doc}
    assert after["staged"] == "stage" and after["slated"] == "slate"
    assert after["rapped"] == before["rapped"]  # not "rape": its form is not the lemma plus "ed"
    doc = nlp("Students staged a march.")
    repair_lemmas(doc, frozenset({"rape"}))
    assert doc[1].lemma_ == "stag"  # a verb sitrep has no rule for keeps the model's lemma


@pytest.mark.slow
def test_the_word_lists_are_the_tokens_forms_and_lemmas_after_the_repair(pipeline):
    from sitrep.language import lower_words, repair_lemmas

    nlp = pipeline.language.nlp
    doc = nlp("Rebels STAGED raids on Two villages; the Army said İzmir's police had Arrested them.")
    assert lower_words(doc) == ([t.lower_ for t in doc], [t.lemma_.lower() for t in doc])
    repair_lemmas(doc, frozenset({"stage"}))
    assert "stage" in lower_words(doc)[1]  # read again after the repair
    assert lower_words(doc) == ([t.lower_ for t in doc], [t.lemma_.lower() for t in doc])
    assert lower_words(nlp("")) == ([], [])


@pytest.mark.slow
def test_the_tag_and_offset_lists_are_the_tokens_own(pipeline):
    from sitrep.language import coarse_tags, token_starts

    nlp = pipeline.language.nlp
    doc = nlp("Gunmen  shot dead two guards in Kano on Monday.\n\nThe army said nothing, officials added.")
    assert coarse_tags(doc) == [t.pos_ for t in doc]
    assert token_starts(doc) == [t.idx for t in doc]
    assert coarse_tags(nlp("")) == [] and token_starts(nlp("")) == []


@pytest.mark.slow
def test_the_token_at_an_offset_is_the_last_one_starting_at_or_before_it(pipeline):
    from sitrep.events.tolls import _token_at

    doc = pipeline.language.nlp("A first line here.  Five soldiers were killed, police said.")
    sent = list(doc.sents)[1]
    for offset in range(-2, len(sent.text) + 3):
        walked = sent[0]
        for t in sent:
            if t.idx <= sent.start_char + offset:
                walked = t
        assert _token_at(sent, offset).i == walked.i, offset


@pytest.mark.slow
@pytest.mark.parametrize("text, sentences", [
    # a wire text wrapped at a fixed width: the wrap ends no sentence
    ("Rebels shelled the market in\nthe northern town of Sarawa on Monday, the army\nsaid, killing four.", 1),
    # a headline still ends at its line break, punctuation or not
    ("Rebels shell market in northern town\nRebels shelled the market in Sarawa on Monday.", 2),
    ("Police fired on protesters in the capital,\nSeveral were wounded.", 2),
])
def test_a_line_wrapped_in_running_text_ends_no_sentence(pipeline, text, sentences):
    doc = pipeline.language.parse(text)
    assert len([s for s in doc.sents if s.text.strip()]) == sentences


@pytest.mark.parametrize("text, flat", [
    # a wrap in running text (a word or comma before, a lower-case word after) reads as a space
    ("bombs fired\nby the rebels", "bombs fired by the rebels"),
    ("the army\nsaid, killing four,\nand left", "the army said, killing four, and left"),
    # a headline's break, a paragraph's, and a break before a capital stay as they are
    ("Rebels shell market\nRebels shelled it.", "Rebels shell market\nRebels shelled it."),
    ("first paragraph.\n\nsecond one", "first paragraph.\n\nsecond one"),
    ("ends with a stop.\nthen lower case", "ends with a stop.\nthen lower case"),
    ("no break at all", "no break at all"),
])
def test_a_wrapped_line_break_is_read_as_a_space_at_the_same_offset(text, flat):
    from sitrep.language import unwrapped

    assert unwrapped(text) == flat and len(unwrapped(text)) == len(text)


@pytest.mark.slow
def test_the_parser_reads_a_wrapped_sentence_as_one_but_the_doc_keeps_its_text(pipeline):
    # "fired⏎by the rebels": with the break left as a token of its own, the parser loses the agent
    # phrase, and the bombs' kind of attack with it; read as a space, the shelling is typed as such
    from sitrep.language import doc_text

    text = "Two mortar bombs fired\nby the rebels hit a market in Goma on Monday, killing four people."
    doc = pipeline.language.parse(text)
    assert doc_text(doc) == text
    by = next(t for t in doc if t.text == "by")
    assert by.head.text == "fired" and by.dep_ == "agent"
    art = pipeline.extract(text, published="2024-03-10")
    assert [e.acled_subtype for e in art.events] == ["Shelling/artillery/missile attack"]
    assert all(text[s.start:s.end] == s.text for e in art.events for s in e.evidence)


def _every_word_newlines(doc):
    """The line-break rule read word by word (what ``_newline_boundaries`` must agree with)."""
    from sitrep.language import _wrapped

    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if prev.is_space and "\n" in prev.text:
            if not (prev.text == "\n" and tok.i >= 2 and not doc[tok.i - 2].is_space and _wrapped(doc[tok.i - 2], tok)):
                tok.is_sent_start = True
        elif "\n" in prev.whitespace_ and not prev.is_space and not _wrapped(prev, tok):
            tok.is_sent_start = True
    return doc


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Troops left the camp\nat dawn, a spokesman\nsaid.\n\nCurfew lifted\nMarkets reopened on Friday.",
    "\nA lead line break\n \nand a gap of spaces \n\n\n",
    "One line only, no break at all.",
    "x\n",
])
def test_line_breaks_are_found_from_the_space_tokens_alone(pipeline, text):
    # only the tokens holding a line break are read, with the same result as reading every word
    from spacy.attrs import SENT_START
    from sitrep.language import _newline_boundaries

    nlp = pipeline.language.nlp
    doc = nlp.tokenizer(text)
    for name, pipe in nlp.pipeline:
        if name == "sitrep_newlines":
            break
        doc = pipe(doc)
    fast, slow = _newline_boundaries(doc.copy()), _every_word_newlines(doc.copy())
    assert fast.to_array([SENT_START]).tolist() == slow.to_array([SENT_START]).tolist()


@pytest.mark.parametrize("text", [
    "Rescuers search the rubble. (AFP Photo/Staff)\nThe quake struck at night.",
    "A convoy on the road\nİmage: handout\nCREDIT: a reader",
    "Firefighters at the depot / Reuters\nNo credit here",
    "Plain report text.\nNothing set off as a caption.",
])
def test_a_report_without_credit_words_skips_the_credit_search(text):
    # the quick test of the whole text never hides a caption the per-paragraph search finds
    from sitrep.events.scenes import _CAPTION, _may_credit

    found = any(_CAPTION.search(p) for p in text.split("\n"))
    assert _may_credit(text) or not found
    assert _may_credit(text) == ("Nothing" not in text)


def test_a_words_sentence_is_spacys_token_sent_found_by_bisection(pipeline):
    from sitrep.language import release, token_sentence

    nlp = pipeline.language.nlp
    doc = nlp("Gunmen killed two guards in Kano on Monday. On Tuesday, police in Zaria arrested five men.\n"
              "Governor visits Zaria\nThe governor of Kaduna visited Zaria on Wednesday, officials said.")
    assert len(list(doc.sents)) >= 3
    for tok in doc:
        mine, theirs = token_sentence(tok), tok.sent
        assert (mine.start, mine.end) == (theirs.start, theirs.end), tok.i
    release(doc)
    assert "sitrep.sentence_starts" not in doc.user_data


def test_a_sentences_reading_is_kept_once_per_sentence_and_per_what_else_it_depends_on(pipeline):
    from sitrep.language import per_sentence, sentences
    doc = pipeline.language.nlp("Rebels shelled Pelvo on Monday. Two soldiers died in Morra.")
    first, second = sentences(doc)
    calls = []

    def read(sent, tag):
        calls.append((sent.start, tag))
        return [sent.text, tag]

    assert per_sentence(first, "test.reading", lambda: read(first, "a")) == ["Rebels shelled Pelvo on Monday.", "a"]
    assert per_sentence(first, "test.reading", lambda: read(first, "b")) == ["Rebels shelled Pelvo on Monday.", "a"]
    assert per_sentence(first, "test.reading", lambda: read(first, "b"), "b")[1] == "b"
    assert per_sentence(second, "test.reading", lambda: read(second, "a"))[0] == "Two soldiers died in Morra."
    assert per_sentence(first, "test.other", lambda: read(first, "c"))[1] == "c"
    assert calls == [(first.start, "a"), (first.start, "b"), (second.start, "a"), (first.start, "c")]
