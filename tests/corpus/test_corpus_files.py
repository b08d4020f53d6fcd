"""The bundled gazettes stay byte for byte what was received: every line number in the tests depends on it."""

import hashlib

import pytest

from tests.conftest import CORPUS

PINNED = {
    "000_f05daf0270322d27.txt": "17eed79e104751682ea331e566835d8533890859989b9b1db17c37c4527bb837",
    "001_c91c078bb72a9217.txt": "f71c406a0e5941886f0680bc5a5d78132dc20782a312a8cc65a583f660f1a5f2",
    "002_519c734dc1671ee9.txt": "606caeff9364bea876ae0da3db38097ce8a7eacb49d04d59182534fe0e66f0cd",
    "003_1b14a9c5d29ce52f.txt": "771536d07a3215d5b4ad978058224f1f66a4a35cd8b4e8742df7b55fdeeaf0a5",
    "004_51a48936c229cf4a.txt": "9cfbeb5995f35c0b79b0f42a16823ca7f0a8adb4befd6044b48c97d7f87a64a2",
}


@pytest.mark.parametrize(("name", "digest"), sorted(PINNED.items()))
def test_gazette_file_is_unchanged(name: str, digest: str) -> None:
    assert digest == hashlib.sha256((CORPUS / name).read_bytes()).hexdigest()


def test_every_gazette_has_hand_read_facts() -> None:
    from tests.corpus.facts import expected_files

    assert sorted(PINNED) == sorted(path.stem + ".txt" for path in expected_files())
