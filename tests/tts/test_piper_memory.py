"""Piper's ONNX session: one thread, no memory pattern, one arena region (issue 18's memory).

A worker's memory is measured in a fresh process (its peak RSS, VmHWM), as a synthesis worker
would have it: long sentences one after another must not make it grow past the issue's 600 MB.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from audiodigest.tts.piper import ARENA_BYTES, PiperEngine

REPO = Path(__file__).resolve().parents[2]
LONG = [  # news sentences near MAX_SEGMENT_CHARS, the longest a script sends to the engine
    "With other foreign leaders, the records of several of these, not just the one involving "
    "Ukraine, have been placed on a classified server, from his deals with authoritarian "
    "governments in Turkey and Saudi Arabia to his dealings with Russia.",
    "A good password manager can help protect you by randomly generating unique, strong "
    "passwords for each of your accounts, and automatically entering them for no-hassle logins "
    "on every device you use, at home, at work and on the road.",
    "The ministry said on Thursday that the new bridge, which will carry four lanes of traffic "
    "and a railway line across the river, would open to the public next spring after three "
    "years of delays caused by floods, strikes and a shortage of steel.",
]


@pytest.fixture(autouse=True)
def _piper_installed() -> None:
    ok, reason = PiperEngine.available()
    if not ok:
        pytest.fail(f"Piper is a dependency of audiodigest; install it (scripts/setup.sh): {reason}")


def test_session_is_single_threaded_without_memory_pattern_in_one_arena() -> None:
    options = PiperEngine()._voice("en_US-joe-medium").session.get_session_options()
    assert options.intra_op_num_threads == 1 and options.inter_op_num_threads == 1
    assert not options.enable_mem_pattern
    assert options.get_session_config_entry("session.use_env_allocators") == "1"
    assert ARENA_BYTES < 2**31  # onnxruntime reads the region size as an int


def test_long_sentences_keep_a_worker_under_600_mb(tmp_path: Path) -> None:
    code = textwrap.dedent("""
        import json, sys
        from pathlib import Path
        from audiodigest.tts.piper import PiperEngine
        from audiodigest.tts.voices import choose_voice

        voice = choose_voice("piper-joe", "en").profile
        engine = PiperEngine()
        for n, text in enumerate(json.loads(sys.argv[1]) * 2):
            engine.synthesize(text, voice, Path(sys.argv[2]) / f"{n}.wav")
        status = Path("/proc/self/status").read_text().splitlines()
        print(next(int(line.split()[1]) for line in status if line.startswith("VmHWM:")))
    """)
    run = subprocess.run([sys.executable, "-c", code, json.dumps(LONG), str(tmp_path)],
                         capture_output=True, text=True, cwd=REPO,
                         env={**os.environ, "PYTHONPATH": str(REPO)}, check=False)
    assert run.returncode == 0, run.stderr[-2000:]
    peak_mb = int(run.stdout.split()[-1]) / 1024
    assert peak_mb < 600, peak_mb
