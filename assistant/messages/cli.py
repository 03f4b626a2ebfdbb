"""Words of `wa-assistant status` (namespace `cli.`): an operator's screen, written in both languages at once."""

CLI: dict[str, dict[str, str]] = {
    "state.complete": {"ko": "완료", "en": "complete"},
    "state.incomplete": {"ko": "미완료", "en": "INCOMPLETE"},
    "state.damaged": {"ko": "손상", "en": "DAMAGED"},
    "state.empty": {"ko": "비어 있음", "en": "EMPTY"},
    "state.missing": {"ko": "없음", "en": "MISSING"},
    "state.remote": {"ko": "원격", "en": "remote"},
    "up_to_date": {"ko": "최신", "en": "up to date"},
    "read_only": {"ko": "읽기 전용", "en": "read-only"},
    "none_running": {"ko": "실행 중 아님", "en": "none running"},
}
