#!/usr/bin/env python3
"""Validate a FHIR R4 resource (a JSON file: a Bundle, a Questionnaire, a
QuestionnaireResponse or an Observation) with a validator that is not samtale's.

    python3 tests/fhir_validate.py RESOURCE.json [MORE.json …]

Exit 0: all valid. Exit 1: one or more invalid, every problem on stderr. Exit 2: usage, or the file is
not JSON. Exit 3: the validator is not installed (the message says how to install it).

The model is `fhir.resources` 6.4.0, whose default models are FHIR 4.0.1 (R4 proper;
later releases default to R5 and carry R4B only). It needs pydantic 1, so it lives in its
own virtual environment, which `bash tests/fhir_setup.sh` makes (target/fhir-r4).

Beyond the model's own checks (types, cardinality, unknown elements, one value[x],
primitive patterns), this script checks what fhir.resources records but does not enforce,
or does not check at all:

- codes with a required binding (`QuestionnaireResponse.status`, `Bundle.type`, ...)
  against the value set the package records for them (`enum_values`);
- the JSON form: no duplicate keys, no NaN or Infinity, and no empty string, array or
  object anywhere (FHIR JSON, "empty values are not allowed");
- `dateTime` and `instant` values against the R4 regular expressions, and canonical and
  uri values without whitespace (pydantic accepts "2026-03-02 09:15");
- the QuestionnaireResponse invariants qrs-1 (an item has nested items under `item` or
  under `answer`, never both) and qrs-2 (sibling items with answers have distinct linkIds);
- the Questionnaire invariants que-2 (linkIds unique), que-7 (`exists` takes a boolean)
  and that every `enableWhen.question` names an item of the same Questionnaire;
- in a Bundle: `fullUrl`s unique; in a transaction every entry has a `request`, and
  every `urn:uuid:` reference (Observation.derivedFrom) names an entry's `fullUrl`.
"""

import json
import re
import sys

INSTALL = (
    "bash tests/fhir_setup.sh   (makes target/fhir-r4 with: "
    "python3 -m venv target/fhir-r4 && target/fhir-r4/bin/pip install "
    "'fhir.resources==6.4.0' 'pydantic[email]==1.10.27'), "
    "then run with target/fhir-r4/bin/python3 or set SAMTALE_FHIR_PYTHON to it"
)

# FHIR R4 primitive types, http://hl7.org/fhir/R4/datatypes.html
DATE_TIME = re.compile(
    r"([0-9]([0-9]([0-9][1-9]|[1-9]0)|[1-9]00)|[1-9]000)"
    r"(-(0[1-9]|1[0-2])(-(0[1-9]|[1-2][0-9]|3[0-1])"
    r"(T([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\.[0-9]+)?"
    r"(Z|(\+|-)((0[0-9]|1[0-3]):[0-5][0-9]|14:00)))?)?)?"
)
INSTANT = re.compile(
    r"([0-9]([0-9]([0-9][1-9]|[1-9]0)|[1-9]00)|[1-9]000)-(0[1-9]|1[0-2])-"
    r"(0[1-9]|[1-2][0-9]|3[0-1])T([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)"
    r"(\.[0-9]+)?(Z|(\+|-)((0[0-9]|1[0-3]):[0-5][0-9]|14:00))"
)
DATE_TIME_KEYS = {"authored", "valueDateTime", "start", "end"}
INSTANT_KEYS = {"timestamp", "lastUpdated", "valueInstant"}
URI_KEYS = {"questionnaire", "system", "url", "fullUrl", "valueUri", "profile"}


def strict_json(path):
    """Reads JSON, refusing duplicate keys and NaN/Infinity (which Python allows)."""

    def no_duplicates(pairs):
        seen = {}
        for key, value in pairs:
            if key in seen:
                raise ValueError(f"duplicate key {key!r}")
            seen[key] = value
        return seen

    def no_constant(name):
        raise ValueError(f"{name} is not JSON")

    with open(path, encoding="utf-8") as f:
        return json.load(f, object_pairs_hook=no_duplicates, parse_constant=no_constant)


def json_form(value, where, problems):
    """Empty values, and primitives the model does not check strictly."""
    if isinstance(value, dict):
        if not value:
            problems.append(f"{where}: an empty object")
        for key, inner in value.items():
            at = f"{where}.{key}"
            if isinstance(inner, str):
                if key in DATE_TIME_KEYS and not DATE_TIME.fullmatch(inner):
                    problems.append(f"{at}: {inner!r} is not a FHIR dateTime")
                if key in INSTANT_KEYS and not INSTANT.fullmatch(inner):
                    problems.append(f"{at}: {inner!r} is not a FHIR instant")
                if key in URI_KEYS and re.search(r"\s", inner):
                    problems.append(f"{at}: {inner!r} has whitespace, not a uri")
            json_form(inner, at, problems)
    elif isinstance(value, list):
        if not value:
            problems.append(f"{where}: an empty array")
        for index, inner in enumerate(value):
            json_form(inner, f"{where}[{index}]", problems)
    elif isinstance(value, str) and value == "":
        problems.append(f"{where}: an empty string")


def required_codes(model, where, problems):
    """Every code with a required binding is in the value set the package records."""
    from fhir.resources.core.fhirabstractmodel import FHIRAbstractModel

    for name, field in model.__fields__.items():
        value = getattr(model, name, None)
        if value is None:
            continue
        allowed = field.field_info.extra.get("enum_values")
        values = value if isinstance(value, list) else [value]
        for index, inner in enumerate(values):
            at = f"{where}.{field.alias}" + (f"[{index}]" if isinstance(value, list) else "")
            # A list ending in "+" is one the package cut short: it cannot say "not one of".
            if allowed and "+" not in allowed and isinstance(inner, str) and inner not in allowed:
                problems.append(f"{at}: {inner!r} is not one of {allowed}")
            if isinstance(inner, FHIRAbstractModel):
                required_codes(inner, at, problems)


def response_invariants(items, where, problems):
    """qrs-1 and qrs-2 over a list of QuestionnaireResponse items (raw JSON)."""
    answered = [
        item.get("linkId")
        for item in items
        if any(key.startswith("value") for answer in item.get("answer", []) for key in answer)
    ]
    for link in sorted({l for l in answered if answered.count(l) > 1}):
        problems.append(f"{where}: qrs-2: more than one item {link!r} with answers")
    for index, item in enumerate(items):
        at = f"{where}[{index}]"
        answers = item.get("answer", [])
        if answers and "item" in item:
            problems.append(f"{at}: qrs-1: nested items beneath both item and answer")
        if "item" in item:
            response_invariants(item["item"], f"{at}.item", problems)
        for a_index, answer in enumerate(answers):
            if "item" in answer:
                response_invariants(answer["item"], f"{at}.answer[{a_index}].item", problems)


def questionnaire_invariants(resource, where, problems):
    """que-2, que-7 and enableWhen questions that name an item."""
    links = []

    def walk(items):
        for item in items:
            links.append(item.get("linkId"))
            walk(item.get("item", []))

    walk(resource.get("item", []))
    for link in sorted({l for l in links if links.count(l) > 1}):
        problems.append(f"{where}: que-2: linkId {link!r} more than once")

    def check(items, at):
        for index, item in enumerate(items):
            here = f"{at}[{index}]"
            for w_index, when in enumerate(item.get("enableWhen", [])):
                if when.get("question") not in links:
                    problems.append(
                        f"{here}.enableWhen[{w_index}]: question {when.get('question')!r} "
                        "is no item of this Questionnaire"
                    )
                if when.get("operator") == "exists" and "answerBoolean" not in when:
                    problems.append(f"{here}.enableWhen[{w_index}]: que-7: exists without a boolean")
            check(item.get("item", []), f"{here}.item")

    check(resource.get("item", []), f"{where}.item")


def resource_invariants(resource, where, problems):
    kind = resource.get("resourceType")
    if kind == "QuestionnaireResponse":
        response_invariants(resource.get("item", []), f"{where}.item", problems)
    if kind == "Questionnaire":
        questionnaire_invariants(resource, where, problems)


def bundle_invariants(raw, problems):
    entries = raw.get("entry", [])
    urls = [e.get("fullUrl") for e in entries]
    for url in sorted({u for u in urls if urls.count(u) > 1 and u}):
        problems.append(f"Bundle: fullUrl {url!r} more than once")
    for index, entry in enumerate(entries):
        at = f"Bundle.entry[{index}]"
        resource = entry.get("resource", {})
        resource_invariants(resource, f"{at}.resource", problems)
        if raw.get("type") == "transaction" and "request" not in entry:
            problems.append(f"{at}: a transaction entry without a request")
        for r_index, ref in enumerate(resource.get("derivedFrom", [])):
            target = ref.get("reference", "")
            if target.startswith("urn:uuid:") and target not in urls:
                problems.append(f"{at}.resource.derivedFrom[{r_index}]: {target} is no entry")


def main(argv):
    if len(argv) < 2:
        print(__doc__.strip().splitlines()[3].strip(), file=sys.stderr)
        return 2
    codes = [validate(path) for path in argv[1:]]
    for worst in (3, 2, 1):
        if worst in codes:
            return worst
    return 0


def validate(path):
    argv = [None, path]
    try:
        import fhir.resources
        import pydantic
        from fhir.resources import get_fhir_model_class
    except Exception as error:  # ImportError, or pydantic 2 under fhir.resources 6
        print(f"fhir_validate: the validator is not installed ({error}).", file=sys.stderr)
        print(f"Install it: {INSTALL}", file=sys.stderr)
        return 3
    version = getattr(fhir.resources, "__fhir_version__", "?")
    if version != "4.0.1":
        print(
            f"fhir_validate: fhir.resources {fhir.resources.__version__} has FHIR {version} "
            f"models, not R4 (4.0.1). Install it: {INSTALL}",
            file=sys.stderr,
        )
        return 3
    try:
        raw = strict_json(argv[1])
    except (OSError, ValueError) as error:
        print(f"fhir_validate: {argv[1]}: not a JSON file: {error}", file=sys.stderr)
        return 2

    problems = []
    kind = raw.get("resourceType") if isinstance(raw, dict) else None
    if kind not in ("Bundle", "Questionnaire", "QuestionnaireResponse", "Observation"):
        print(f"{argv[1]}: not a resource samtale writes: {kind!r}", file=sys.stderr)
        return 1
    json_form(raw, kind, problems)
    try:
        model = get_fhir_model_class(kind).parse_obj(raw)
    except pydantic.ValidationError as error:
        problems.append(str(error))
        model = None
    if model is not None:
        required_codes(model, kind, problems)
    if kind == "Bundle":
        bundle_invariants(raw, problems)
    else:
        resource_invariants(raw, kind, problems)

    if problems:
        print(f"{argv[1]}: not a valid FHIR R4 {kind}:", file=sys.stderr)
        for problem in problems:
            print(f"  {problem}", file=sys.stderr)
        return 1
    if kind == "Bundle":
        kinds = sorted({e.resource.resource_type for e in model.entry or []})
        print(
            f"{argv[1]}: a valid FHIR R4 ({version}) Bundle, type {model.type}, "
            f"{len(model.entry or [])} entries ({', '.join(kinds) or 'none'}); "
            f"fhir.resources {fhir.resources.__version__}"
        )
    else:
        print(f"{argv[1]}: a valid FHIR R4 ({version}) {kind}; fhir.resources {fhir.resources.__version__}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
