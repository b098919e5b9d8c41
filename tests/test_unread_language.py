"""Messages in a script the assistant cannot read get the lines that answer in every language."""
from __future__ import annotations

from typing import Any

import pytest
from rasa.shared.nlu.training_data.message import Message

from bot.unread_language import OTHER_LANGUAGE, UnreadLanguageClassifier, unread_share, written_in_another_language
from chat import Conversation, escalation_kinds, texts


@pytest.mark.parametrize(
    ("text", "share"),
    [("你好", 1.0), ("hola, necesito ayuda", 0.0), ("Chồng tôi giữ hết tiền", 0.0), ("hi 你好", 0.5), ("12345 !!", 0.0), ("", 0.0)],
)
def test_unread_share_counts_letters_outside_the_latin_script(text: str, share: float) -> None:
    assert unread_share(text) == share


def classified(text: Any, intent: str = "risk_suicide") -> Message:
    message = Message(data={"text": text, "intent": {"name": intent, "confidence": 0.9}})
    UnreadLanguageClassifier({}).process([message])
    return message


def test_a_classifier_guess_on_unreadable_text_gives_way_to_other_language() -> None:
    message = classified("مرحبا، أحتاج مساعدة في العثور على مدرسة لأطفالي")
    assert message.get("intent") == {"name": OTHER_LANGUAGE, "confidence": 1.0}
    assert [entry["name"] for entry in message.get("intent_ranking")] == [OTHER_LANGUAGE]


@pytest.mark.parametrize("text", ["hola", "Bonjou, mwen bezwen èd", "he has a gun 他", None, b"\xff"])
def test_latin_text_and_odd_input_are_left_alone(text: Any) -> None:
    assert classified(text).get("intent") == {"name": "risk_suicide", "confidence": 0.9}


@pytest.mark.parametrize(
    "text",
    [
        "mama yanyoye imiti myinshi cyane, ntavuga, mumfashe vuba",  # Kinyarwanda
        "kuv tsis xav nyob lawm, kuv nkees heev lawm",  # Hmong
        "jestem pielegniarka i chcialabym zostac wolontariuszka",  # Polish, no accents
    ],
)
def test_latin_text_in_a_language_the_classifier_never_learned_is_recognised(text: str) -> None:
    assert written_in_another_language(text)


@pytest.mark.parametrize(
    "text",
    [
        "lol fr ngl im so done w this",  # English texting
        "cut my finger cooking lol",
        "necesito ayuda, mi carro se quedo sin gasolina",  # Spanish is read
        "hola amiga",  # too short to tell
        "",
        "x" * 20_000,
        "😀" * 500,
    ],
    ids=lambda v: repr(v)[:20],
)
def test_english_spanish_and_odd_text_are_not_another_language(text: str) -> None:
    assert not written_in_another_language(text)


def test_an_unreadable_message_gets_the_interpreter_lines_with_call_buttons(conversation: Conversation) -> None:
    messages = conversation.send("我在餐馆工作，老板拿走了我的护照，不给工资，说我欠他的中介费。我不能离开。")
    assert escalation_kinds(messages) == [OTHER_LANGUAGE]
    marker = next(m["custom"]["escalation"] for m in messages if "custom" in m)
    assert [line["call"] for line in marker["lines"]] == ["1-888-373-7888", "1-888-774-2900", "988", "911"]
    assert "interpreters" in texts(messages) and "如果您有危险" in texts(messages)


def test_a_rule_finding_in_an_unreadable_message_still_escalates(conversation: Conversation) -> None:
    messages = conversation.send("他有枪，他在厨房，他要杀我 he has a gun")
    assert escalation_kinds(messages)[0] == "emergency"


def test_a_latin_script_language_the_classifier_never_learned_gets_the_interpreter_lines(conversation: Conversation) -> None:
    # Kinyarwanda: "my husband won't let me work, takes all the money, threatens to take the children".
    messages = conversation.send("umugabo wanjye ntanyemerera gukora, afata amafaranga yose, ankangisha ko azantwara abana")
    assert escalation_kinds(messages) == [OTHER_LANGUAGE]
    assert "interpreters" in texts(messages)


def test_during_the_form_the_interpreter_lines_end_the_form(conversation: Conversation) -> None:
    conversation.send("I need a shelter")
    messages = conversation.send("我不会说英语")
    assert escalation_kinds(messages) == [OTHER_LANGUAGE]
    assert "town" not in texts(messages).lower()
