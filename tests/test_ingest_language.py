"""The English-or-not heuristic of the ingest stage."""

from __future__ import annotations

import pytest

from detente.ingest import looks_english, non_english_reason

ENGLISH_NEWS = (
    "The foreign ministers of Norway and Finland met in Oslo on Thursday to discuss fishing "
    "rights. Both sides said the talks were useful and agreed to meet again in the autumn."
)
NAMES_HEAVY = (
    "Vladimir Putin hosted Shinzo Abe in Moscow. Sergei Lavrov, Fumio Kishida, Yuri Ushakov "
    "and Hiroshige Seko joined Putin and Abe at the Kremlin with Dmitry Peskov and Igor "
    "Shuvalov, while Taro Kono met Sergei Shoigu in Tokyo."
)
RUSSIAN = (
    "Министры иностранных дел России и Японии встретились в Москве и обсудили "
    "экономическое сотрудничество на Курильских островах."
)
FRENCH = (
    "Les ministres des affaires étrangères de la France et de l'Allemagne se sont réunis "
    "à Paris pour discuter de la situation dans le nord du pays et des sanctions."
)
GERMAN = (
    "Die Außenminister der beiden Länder haben sich am Donnerstag in Berlin getroffen und "
    "über die Lage an der Grenze und die Sanktionen gesprochen, teilte das Amt mit."
)
SPANISH = (
    "Los ministros de asuntos exteriores de los dos países se reunieron el jueves en Madrid "
    "para hablar de la situación en la frontera y de las sanciones."
)
JAPANESE = "安倍晋三首相は四月二十七日にモスクワを訪問し、プーチン大統領と会談した。"
CHINESE = "中国外交部长在北京会见了俄罗斯外交部长，双方就朝鲜半岛局势交换了意见。"
ARABIC = "التقى وزير الخارجية المصري نظيره الأردني في القاهرة لبحث الأوضاع في المنطقة."


@pytest.mark.parametrize(
    "text",
    [
        ENGLISH_NEWS,
        NAMES_HEAVY,
        "Putin meets Abe.",  # too short to judge
        "Russia, Japan agree Kuril plan",
        "Müller, Dvořák and Ñúñez signed the accord in Zürich with the Czech delegation.",
        ENGLISH_NEWS + " The Russian daily wrote: «Министры встретились в Москве».",
        "12 34 56 78 90 -- 2017-04-28",
    ],
)
def test_language_english_texts_pass(text: str) -> None:
    assert non_english_reason(text) is None
    assert looks_english(text)


def test_language_cyrillic_is_named() -> None:
    assert non_english_reason(RUSSIAN) == (
        "text looks Cyrillic (Russian?), not English; détente codes English only"
    )


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (JAPANESE, "Japanese"),
        (CHINESE, "Chinese"),
        (ARABIC, "Arabic"),
        (FRENCH, "French"),
        (GERMAN, "German"),
        (SPANISH, "Spanish"),
    ],
)
def test_language_other_languages_refused_and_named(text: str, label: str) -> None:
    reason = non_english_reason(text)
    assert reason is not None
    assert label in reason
    assert "not English" in reason
