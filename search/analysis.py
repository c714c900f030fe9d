"""Text analysis shared by the database engine's index and its queries.

The database engine stores analysed text, not raw text, so SQLite's FTS5 and PostgreSQL's
`simple` text search see the same tokens and behave alike: accents folded, lower case, stop
words dropped, words stemmed with Snowball in the record's language, and one concept token
added for every glossary name found (see glossary.py). Queries go through the same steps,
stemmed in each of the three languages, because a reader may type English on the French site.

Elasticsearch does the same work with its own analysers (engines/elasticsearch.py)."""

import functools
import hashlib
import html
import importlib.metadata
import json
import re
import threading
import unicodedata
from dataclasses import dataclass, field

import snowballstemmer
from unidecode import unidecode

from . import glossary

LANGUAGES = ("en", "fr", "es")
_SNOWBALL = {"en": "english", "fr": "french", "es": "spanish"}

STOPWORDS = {
    "en": set(
        "a an and are as at be been but by for from has have how in into is it its of on or "
        "our that the their them there these this those to was were what when where which who "
        "will with within without would all any can more most other some such than through "
        "up out over under between also not no nor so very we you they he she i".split()
    ),
    "fr": set(
        "a au aux avec ce ces cet cette d dans de des du elle en est et il ils je l la le les "
        "leur leurs lui mais me mes n ne nos notre nous on ont ou par pas pour qu que qui s sa "
        "se ses son sont sur ta te tes toi ton tu un une vos votre vous y été être comme plus "
        "entre aussi afin".split()
    ),
    "es": set(
        "a al ante con contra de del desde e el ella ellos en entre es esta este esto estos "
        "ha han hasta la las le les lo los mas mediante no nos o para pero por que se sin "
        "sobre su sus también u un una unas uno unos y ya son fue ser como más".split()
    ),
}
ALL_STOPWORDS = set().union(*STOPWORDS.values())
_TOKEN = re.compile(r"[0-9a-z]+")
# A single letter joined by a hyphen to a word is a prefix of that word ("e-government",
# "e-procurement", "m-government"): one word, as it is also written ("egovernment"). Split,
# the letter would be a stop word ("e" is Spanish for "and") and "e-government" would mean
# "government". Not after another hyphen or letter ("c'est-à-dire" keeps its words).
_LETTER_PREFIX = re.compile(r"(?<![0-9a-z\-\u2010\u2011])([a-z])[\-\u2010\u2011](?=[a-z]{2})")
_WORD = re.compile(r"\w+")
CONCEPT_PREFIX = "zc"  # concept tokens look like "zcbeneficialownership": one alphanumeric word
# The Latin letters the highlighter knows how each folds (Latin-1 to IPA, Latin Extended
# Additional), besides ligatures and full-width forms
_LATIN = (*range(0xC0, 0x2B0), *range(0x1E00, 0x1F00))

# Unidecode folds 670 of the 695 letters of the blocks above that Lucene's ASCIIFoldingFilter
# (Elasticsearch's `asciifolding`) folds to ASCII exactly as it does, after lower case; these
# are the 25 others, folded here as Lucene folds them so that both engines index the same
# word. Checked against Lucene 9.12.3 (tests/search/test_folding.py holds the whole table).
_AS_LUCENE_FOLDS = str.maketrans(
    {
        "ĸ": "q",  # kra (Greenlandic)
        "ŉ": "n",
        "Ŋ": "n",  # eng (Sami, many African languages)
        "ŋ": "n",
        "Ǝ": "e",
        "ǝ": "e",
        "Ə": "a",  # schwa (Azerbaijani)
        "ə": "a",
        "ɚ": "a",
        "Ɯ": "m",
        "ɯ": "m",
        "ɰ": "m",
        "Ʀ": "r",
        "Ȝ": "z",  # yogh
        "ȝ": "z",
        "Ʌ": "v",
        "ʌ": "v",
        "ɥ": "h",
        "ẛ": "f",
        "ẜ": "s",
        "ẝ": "s",
        "Ỻ": "ll",
        "ỻ": "ll",
        "Ỿ": "y",
        "ỿ": "y",
    }
)


_NON_ASCII = re.compile(r"[^\x00-\x7f]+")


@functools.lru_cache(maxsize=4096)
def _fold_character(character: str) -> str:
    # Letters, combining marks and digits only: Unidecode spells symbols out ("§" -> "SS",
    # "°" -> "deg", "€" -> "EUR") and drops format characters (a soft hyphen would glue two
    # words), where Elasticsearch's tokenizer sees a separator, as the database engine does.
    if unicodedata.category(character)[0] not in "LMN":
        return character
    return unidecode(character.translate(_AS_LUCENE_FOLDS))


def _fold_run(match: re.Match) -> str:
    return "".join(_fold_character(character) for character in match.group())


def fold(text: str) -> str:
    """Lower case, folded to ASCII as Elasticsearch's `asciifolding` folds it (Unidecode,
    with Lucene's choice where the two differ): 'Propriété' -> 'propriete', 'œuvre' ->
    'oeuvre', 'Straße' -> 'strasse', 'Ørsted' -> 'orsted'."""
    text = text or ""
    if text.isascii():
        return text.lower()
    return _NON_ASCII.sub(_fold_run, text).lower()


_HYPHENS = ("-", "\u2010", "\u2011")


def words(text: str) -> list[str]:
    text = fold(text)
    # (the prefix pattern is tried at every letter: a text without a hyphen skips it)
    if any(hyphen in text for hyphen in _HYPHENS):
        text = _LETTER_PREFIX.sub(r"\1", text)
    return _TOKEN.findall(text)


_stemmers = threading.local()


def _stemmer(language: str):
    # A Snowball stemmer keeps the word it is stemming in the instance, so threads sharing
    # one garble each other's words (IndexError): one stemmer per thread and language.
    stemmers = _stemmers.__dict__.setdefault("by_language", {})
    if language not in stemmers:
        stemmers[language] = snowballstemmer.stemmer(_SNOWBALL[language])
    return stemmers[language]


@functools.lru_cache(maxsize=200_000)
def stem(word: str, language: str) -> str:
    """Snowball stem (pure Python, so memoised: a corpus repeats the same few words)."""
    return _stemmer(language).stemWord(word)


# Words kept per language by `analyse` (a word -> its stem, or "" for a stop word), at most
# this many each: about 100 bytes a word, so a few MB at most in an indexing process.
STEM_TABLE_SIZE = 100_000


class _StemTable(dict):
    """A folded word -> its stem in one language ("" for a stop word): the index-side hot
    path (`analyse`) reads it with a plain subscript, one dictionary lookup a word; a word
    not seen yet is stemmed by `__missing__` (and kept while the table has room)."""

    def __init__(self, language: str):
        super().__init__()
        self.language = language

    def __missing__(self, word: str) -> str:
        found = "" if word in ALL_STOPWORDS else stem(word, self.language)
        if len(self) < STEM_TABLE_SIZE:
            self[word] = found
        return found


_STEM_TABLES = {language: _StemTable(language) for language in LANGUAGES}


def guess_language(text: str, default: str = "en") -> str:
    """The language whose stop words are most frequent in the text (good enough for records
    that do not say their language, such as imported commitments)."""
    tokens = words(text[:3000])
    if not tokens:
        return default
    scores = {lang: sum(map(STOPWORDS[lang].__contains__, tokens)) for lang in LANGUAGES}
    # words shared by several languages ("a", "de", "en") count for each; ties keep the default
    best = max(scores, key=lambda lang: (scores[lang], lang == default))
    return best if scores[best] > scores[default] * 1.2 else default


# a query's language counts only when the identifier is this sure of it: two-word queries
# shared by languages ("beneficial ownership" is 0.78 Spanish, "open data" 0.48 French) say
# nothing, "justicia abierta" (0.99998) and "propriété effective" (1.0) do
QUERY_LANGUAGE_CONFIDENCE = 0.95


@functools.cache
def _language_identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier  # noqa: PLC0415

    identifier = LanguageIdentifier.from_pickled_model(MODEL_FILE, norm_probs=True)
    identifier.set_languages(list(LANGUAGES))
    return identifier


def query_language(text: str) -> str | None:
    """The language a query is written in, when its words say so clearly (py3langid, a
    naive Bayes identifier over byte n-grams, restricted to the site's three languages);
    None when it cannot tell."""
    text = " ".join(text.split())[:500]
    if not words(text):
        return None
    language, probability = _language_identifier().classify(text)
    return str(language) if probability >= QUERY_LANGUAGE_CONFIDENCE else None


def concept_token(slug: str) -> str:
    return CONCEPT_PREFIX + slug.replace("-", "")


@functools.cache
def _concept_phrases(language: str) -> dict[tuple[str, ...], str]:
    """Every glossary name, stemmed with this language's stemmer -> its concept token."""
    table = {}
    for slug, names in glossary.CONCEPTS.items():
        for name in names:
            stems = tuple(stem(w, language) for w in words(name) if w not in ALL_STOPWORDS)
            if stems:
                table[stems] = concept_token(slug)
    return table


@functools.cache
def _phrase_starts(language: str) -> dict[str, int]:
    """The first stem of every glossary name -> the length of the longest name it starts (a
    word that starts none is skipped without looking up its phrases)."""
    starts: dict[str, int] = {}
    for phrase in _concept_phrases(language):
        starts[phrase[0]] = max(starts.get(phrase[0], 0), len(phrase))
    return starts


@functools.cache
def glossary_stems() -> frozenset[str]:
    """Every stem of every glossary name: real words of the domain, never typos, even when no
    record uses them (a French query's words for an English corpus)."""
    return frozenset(s for lang in LANGUAGES for phrase in _concept_phrases(lang) for s in phrase)


def _concepts_in(stems: list[str], language: str) -> list[str]:
    """The concept of the longest glossary name starting at each word, except names inside a
    longer one found before ("legal aid" is not also "aid", "anti-corruption" not also
    "corruption", "enabling environment" not also "environment"); names that only overlap
    both count ("citizen participation | participation in the budget")."""
    table = _concept_phrases(language)
    starts = _phrase_starts(language)
    found = []
    covered = 0  # the end of the furthest name found so far
    # only the words that start a name are looked at (a text has few)
    for i in [i for i, first in enumerate(stems) if first in starts]:
        longest = starts[stems[i]]
        for n in range(min(longest, len(stems) - i), 0, -1):
            token = table.get(tuple(stems[i : i + n]))
            if token:
                if i + n > covered:
                    found.append(token)
                    covered = i + n
                break
    return found


# Bump when a change to this module changes what `analyse` gives for the same text (stop
# words, folding, tokens, concept matching): the records' fingerprints are taken from their
# sources before analysis (projection.finish), so a rebuild rewrites every record only when
# this, the glossary or the stemmer's version changes.
ANALYSIS_VERSION = 1


@functools.cache
def signature() -> str:
    """What the analysis depends on besides the text: this module's version, the glossary
    and the Snowball stemmer's version (a short digest, part of every record's fingerprint)."""
    payload = json.dumps(
        [ANALYSIS_VERSION, glossary.CONCEPTS, importlib.metadata.version("snowballstemmer")],
        sort_keys=True,
    )
    return hashlib.sha256(payload.encode()).hexdigest()[:16]


def analyse(text: str, language: str) -> str:
    """Index-side analysis of one field: stems, then the concept tokens the text mentions."""
    table = _STEM_TABLES.get(language, _STEM_TABLES["en"])  # (an empty table is falsy)
    stems = [found for word in words(text) if (found := table[word])]
    return " ".join(stems + _concepts_in(stems, table.language))


@functools.lru_cache(maxsize=20_000)
def analyse_name(name: str, language: str) -> str:
    """`analyse` of a short name that many records share (a tag, a theme, a challenge area),
    memoised."""
    return analyse(name, language)


@dataclass
class AnalysedQuery:
    """A query as the engines use it: groups of alternative stems (one group per word; a
    document matching any alternative matches the word), concept tokens, and the words for
    highlighting."""

    groups: list[frozenset[str]] = field(default_factory=list)
    concepts: list[str] = field(default_factory=list)
    words: list[str] = field(default_factory=list)
    # quoted phrases of two or more words ("beneficial ownership"): each a list of folded
    # words, stop words out; a record must contain each one, its words side by side
    phrases: list[list[str]] = field(default_factory=list)

    @property
    def is_empty(self) -> bool:
        return not self.groups and not self.concepts

    def all_terms(self) -> set[str]:
        terms = set(self.concepts)
        for group in self.groups:
            terms |= group
        return terms


MAX_QUERY_WORDS = 32
MAX_WORD_LENGTH = 40  # longer "words" are pasted junk; cut so that no query term is unbounded
MAX_HIGHLIGHT_SCAN = 30_000


_QUOTED = re.compile(
    r'["\u201c\u201d\u201e\u00ab\u00bb]([^"\u201c\u201d\u201e\u00ab\u00bb]+)["\u201c\u201d\u201e\u00ab\u00bb]'
)
MAX_PHRASES = 4


def quoted_phrases(text: str) -> list[list[str]]:
    """The phrases of two or more words in straight, curly or French quotes, as folded words
    without stop words (the index keeps none, so "right to information" is "right
    information" side by side)."""
    phrases = []
    for quoted in _QUOTED.findall(text or ""):
        phrase = [w[:MAX_WORD_LENGTH] for w in words(quoted) if w not in ALL_STOPWORDS]
        if len(phrase) >= 2 and phrase not in phrases:
            phrases.append(phrase[:MAX_QUERY_WORDS])
    return phrases[:MAX_PHRASES]


def analyse_query(text: str) -> AnalysedQuery:
    raw = [w[:MAX_WORD_LENGTH] for w in words(text) if w not in ALL_STOPWORDS][:MAX_QUERY_WORDS]
    groups, concepts = [], []
    for w in raw:
        groups.append(frozenset(stem(w, lang) for lang in LANGUAGES))
    for lang in LANGUAGES:
        for token in _concepts_in([stem(w, lang) for w in raw], lang):
            if token not in concepts:
                concepts.append(token)
    # a word that is part of a concept name still counts on its own; a repeated word counts
    # once, and `words` stays aligned with `groups` (typo correction pairs them)
    seen, unique, unique_words = set(), [], []
    for group, word in zip(groups, raw, strict=True):
        if group not in seen:
            seen.add(group)
            unique.append(group)
            unique_words.append(word)
    return AnalysedQuery(
        groups=unique, concepts=concepts, words=unique_words, phrases=quoted_phrases(text)
    )


@functools.cache
def _accented() -> dict[str, str]:
    """Each ASCII letter with the Latin letters that fold to it: 'e' -> 'eéèêë…'."""
    letters: dict[str, str] = {}
    for code in _LATIN:
        char = chr(code)
        folded = fold(char)
        if len(folded) == 1 and folded.isascii() and folded.isalpha():
            letters[folded] = letters.get(folded, folded) + char
    return letters


@functools.cache
def _unusual_letters() -> re.Pattern:
    """Letters a prefix pattern cannot spell: those folding to several letters ('œ' -> 'oe',
    'ß' -> 'ss'), ligatures ('ﬁ') and full-width forms."""
    several = "".join(chr(code) for code in _LATIN if len(fold(chr(code))) > 1)
    return re.compile(f"[{re.escape(several)}\ufb00-\ufb06\uff10-\uff5a]")


@functools.lru_cache(maxsize=256)
def _prefix_pattern(prefixes: tuple[str, ...]) -> re.Pattern:
    """A pattern for the words that start with one of `prefixes`, in any case and with or
    without accents."""
    accented = _accented()

    def letters(prefix: str) -> str:
        return "".join(
            f"[{re.escape(accented[c])}]" if c in accented else re.escape(c) for c in prefix
        )

    return re.compile(r"\b(?:" + "|".join(letters(p) for p in prefixes) + r")\w*", re.IGNORECASE)


def highlight(text: str, query: AnalysedQuery, *, length: int = 260) -> str:
    """An HTML-escaped extract of `text` around the first query word, matches in <mark>."""
    text = " ".join((text or "").split())
    if not text:
        return ""
    stems = query.all_terms()
    prefixes = {term[:3] for term in stems}

    seen: dict[str, bool] = {}  # a text repeats its words: decide each one once

    def is_match(match) -> bool:
        word = match.group().lower()
        found = seen.get(word)
        if found is None:
            folded = word if word.isascii() else fold(word)
            # a stem starts like its word: most words are ruled out without the stemmer
            found = folded[:3] in prefixes and any(
                stem(folded, lang) in stems for lang in LANGUAGES
            )
            seen[word] = found
        return found

    # Only words starting like a query term (its first three letters, accents aside) can
    # match: a regular expression finds those, and only they go through the stemmer.
    # (letters that fold to two, like "œ" or the ligature "ﬁ", or full-width ones: every word)
    unusual = _unusual_letters().search(text)
    words = _WORD if unusual else _prefix_pattern(tuple(sorted(prefixes)))
    words_found = words.finditer(text[:MAX_HIGHLIGHT_SCAN]) if stems else iter(())
    first = next((m for m in words_found if is_match(m)), None)
    spans = []
    if first is not None:
        spans.append(first.span())
        window_end = max(first.end(), first.start() + length)
        spans += [m.span() for m in words.finditer(text, first.end(), window_end) if is_match(m)]
    start = 0
    if spans and spans[0][0] > length // 3:
        start = text.rfind(" ", 0, spans[0][0] - length // 4) + 1
    end = min(len(text), start + length)
    if end < len(text):
        end = text.rfind(" ", start, end) if text.rfind(" ", start, end) > start else end
    pieces, cursor = [], start
    for s, e in spans:
        if s < start or e > end:
            continue
        pieces.append(html.escape(text[cursor:s]))
        pieces.append(f"<mark>{html.escape(text[s:e])}</mark>")
        cursor = e
    pieces.append(html.escape(text[cursor:end]))
    prefix = "… " if start > 0 else ""
    suffix = " …" if end < len(text) else ""
    return prefix + "".join(pieces) + suffix
