"""scripts/learned_baselines.py: its regression learns, and its two scorings count as eval does.

Hand-built instances and records only: no spaCy run.
"""

from __future__ import annotations

from types import ModuleType

import pytest

from scripts_loader import load_script


@pytest.fixture(scope="module")
def script() -> ModuleType:
    return load_script("learned_baselines")


def test_model_learns_which_feature_names_which_class(script: ModuleType) -> None:
    instances = [["bias", "L=attack"]] * 20 + [["bias", "L=meet"]] * 20 + [["bias"]] * 20
    labels = ["19"] * 20 + ["04"] * 20 + ["none"] * 20
    model = script.Model.fit(instances, labels)
    assert model.classes == ["04", "19", "none"]
    assert model.probabilities(["bias", "L=attack"])["19"] > 0.8
    assert model.probabilities(["bias", "L=meet"])["04"] > 0.8
    assert max(model.probabilities(["bias", "L=unseen"]).items(), key=lambda kv: kv[1])[0] == "none"


def test_model_refuses_an_instance_with_no_known_feature(script: ModuleType) -> None:
    with pytest.raises(ValueError, match="bias"):
        script.Model.fit([["a"], ["b"], ["a"]], ["x", "y", "x"])  # "b" is seen once: dropped


def _attack_model(script: ModuleType):
    return script.Model.fit([["bias", "L=attack"]] * 10 + [["bias"]] * 10,
                            ["19"] * 10 + ["none"] * 10)


def test_proposals_fill_only_pairs_the_rules_left_uncoded(script: ModuleType) -> None:
    model = _attack_model(script)
    right = ("RUSMIL", "UKR", "19", "asserted")
    coded = ("USA", "RUS", "11", "asserted")
    rec = script.Record(
        gold={right, coded},
        rules=[script.RuleEvent(coded, ["bias"])],
        triggers={1},
        pairs=[script.Pair("RUSMIL", "UKR", 3, ["bias", "L=attack"], "19", "asserted"),
               script.Pair("RUS", "USA", 3, ["bias", "L=attack"], "none", "asserted"),  # linked
               script.Pair("UKR", "POL", 5, ["bias"], "none", "asserted")])
    out = script.with_proposals([rec], model, 0.5)
    assert (out.tp, out.fp, out.fn, out.added_tp, out.added_fp) == (2, 0, 0, 1, 0)
    assert script.with_proposals([rec], model, 2.0).tp == 1  # no threshold reached: rules alone


def test_filter_drops_events_below_the_threshold_and_counts_what_it_lost(
        script: ModuleType) -> None:
    model = script.Model.fit([["bias", "kind=verb"]] * 10 + [["bias", "kind=noun"]] * 10,
                             ["right"] * 10 + ["wrong"] * 10)
    good = ("JPN", "RUS", "04", "asserted")
    bad = ("JPN", "CHN", "19", "asserted")
    rec = script.Record(gold={good}, rules=[script.RuleEvent(good, ["bias", "kind=verb"]),
                                            script.RuleEvent(bad, ["bias", "kind=noun"])],
                        triggers=set())
    assert script.with_filter([rec], model, 0.0).fp == 1
    out = script.with_filter([rec], model, 0.5)
    assert (out.tp, out.fp, out.fn, out.added_fp) == (1, 0, 0, -1)
