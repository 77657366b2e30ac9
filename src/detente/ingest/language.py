"""Is this text English? A small, fast heuristic of our own (no model, no download).

Two looks at the first few thousand characters:

1. Script. Each letter is classed by its Unicode script. When letters of one non-Latin script
   are more than half of all letters, the text is refused and the script is named
   ("text looks Cyrillic (Russian?), not English; ...").
2. Function words. For Latin-script text, the share of very common English function words
   ("the", "of", "and", ...) among word tokens is compared with the share of the function
   words of French, German, Spanish, Italian, Portuguese and Dutch. A text is refused only
   when another language's words clearly outnumber the English ones, or when a long text has
   almost no English function words at all.

False positives are kept away on purpose: texts under a dozen words are never judged, and
English text full of names still has plenty of "the/of/in/to", so it passes.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

_SAMPLE_CHARS = 20_000
_MIN_LETTERS = 20  # fewer letters than this: too short to judge the script
_MIN_WORDS = 12  # fewer words than this: too short to judge the words
_FOREIGN_SCRIPT_SHARE = 0.5
_ENGLISH_ENOUGH = 0.08  # at least this share of English function words: English
_FOREIGN_WORDS_SHARE = 0.15  # another language's function words this common: that language
_NO_ENGLISH_SHARE = 0.02  # hardly any English function words in...
_NO_ENGLISH_MIN_WORDS = 50  # ...a text at least this long: not English

_SUFFIX = "not English; détente codes English only"


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())

# Unicode script (first word of the character name) -> how to name it, and the likely language.
_SCRIPTS: dict[str, tuple[str, str]] = {
    "CYRILLIC": ("Cyrillic", "Russian?"),
    "GREEK": ("Greek", "Greek?"),
    "ARABIC": ("Arabic", "Arabic or Persian?"),
    "HEBREW": ("Hebrew", "Hebrew?"),
    "DEVANAGARI": ("Devanagari", "Hindi?"),
    "BENGALI": ("Bengali", "Bengali?"),
    "TAMIL": ("Tamil", "Tamil?"),
    "THAI": ("Thai", "Thai?"),
    "ARMENIAN": ("Armenian", "Armenian?"),
    "GEORGIAN": ("Georgian", "Georgian?"),
    "CJK": ("Chinese characters", "Chinese?"),
    "HIRAGANA": ("Japanese kana", "Japanese?"),
    "KATAKANA": ("Japanese kana", "Japanese?"),
    "JAPANESE": ("Japanese script", "Japanese?"),
    "HANGUL": ("Hangul", "Korean?"),
}

_ENGLISH = _words(
    "the of and to a in is that for on with as was by at it from be are has have had this an "
    "or not but his her their its were which will said he she they we would been after who "
    "also than more about into over there can other between against during our you i no all "
    "when while since if could should may"
)

# Only words that are not also common English words.
_OTHER_LANGUAGES: dict[str, frozenset[str]] = {
    "French": _words(
        "le la les des et est une du que qui dans pour pas sur au aux avec ce cette sont il "
        "elle ont ne plus par se un été de"
    ),
    "German": _words(
        "der die das und ist nicht mit von den zu ein eine sich auf für dem des im auch es "
        "wird wurde sind nach bei aus wie oder"
    ),
    "Spanish": _words(
        "el la los las y de que en es por con una para del se al lo su sus como más pero fue "
        "ha este esta"
    ),
    "Italian": _words(
        "il di che e la per non una del della sono è gli le nel con si da al dei anche"
    ),
    "Portuguese": _words(
        "o os de que e do da em um uma para com não por mais dos das se na foi ao"
    ),
    "Dutch": _words(
        "de het een en van dat niet op te zijn met voor die er ook aan bij wordt"
    ),
}

_WORD = re.compile(r"[^\W\d_]+")


def _script(ch: str) -> str:
    if ch.isascii():
        return "LATIN"
    name = unicodedata.name(ch, "")
    return name.split(" ", 1)[0].split("-", 1)[0] if name else "UNKNOWN"


def _script_reason(sample: str) -> str | None:
    if sample.isascii():
        return None
    scripts = Counter(_script(ch) for ch in sample if ch.isalpha())
    letters = sum(scripts.values())
    if letters < _MIN_LETTERS:
        return None
    if scripts["CJK"] and scripts["HIRAGANA"] + scripts["KATAKANA"] > 0.1 * scripts["CJK"]:
        # Japanese writes kanji and kana together: count them as one script.
        scripts["JAPANESE"] = sum(scripts.pop(s, 0) for s in ("CJK", "HIRAGANA", "KATAKANA"))
    script, count = max(((s, n) for s, n in scripts.items() if s != "LATIN"),
                        key=lambda item: item[1], default=("LATIN", 0))
    if count / letters <= _FOREIGN_SCRIPT_SHARE:
        return None
    label, language = _SCRIPTS.get(script, (script.title(), "which language?"))
    return f"text looks {label} ({language}), {_SUFFIX}"


def _words_reason(sample: str) -> str | None:
    words = _WORD.findall(sample.lower())
    if len(words) < _MIN_WORDS:
        return None
    english = sum(1 for w in words if w in _ENGLISH) / len(words)
    if english >= _ENGLISH_ENOUGH:
        return None
    language, share = max(
        ((lang, sum(1 for w in words if w in vocab) / len(words))
         for lang, vocab in _OTHER_LANGUAGES.items()),
        key=lambda item: item[1],
    )
    if share >= _FOREIGN_WORDS_SHARE and share > 2 * english:
        return f"text looks {language}, {_SUFFIX}"
    if english < _NO_ENGLISH_SHARE and len(words) >= _NO_ENGLISH_MIN_WORDS:
        return f"text does not look English (hardly any common English words); {_SUFFIX}"
    return None


def non_english_reason(text: str) -> str | None:
    """Why `text` does not look English, or None when it does (or is too short to tell)."""
    sample = text[:_SAMPLE_CHARS]
    return _script_reason(sample) or _words_reason(sample)


def looks_english(text: str) -> bool:
    """True unless the heuristic is fairly sure `text` is in another language."""
    return non_english_reason(text) is None
