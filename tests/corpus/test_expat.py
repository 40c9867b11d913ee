"""Expat 2.5.0 (docs/apps.md): its own C test runner (tests/runtests.c)
inside the unikernel, with the same counts as natively, and xmlwf
checking documents from the initrd."""
import re

from corpus import boot, program, same_as_native


runtests = program("expat", "runtests")
xmlwf = program("expat", "xmlwf")


def counts(out):
    m = re.search(rb"(\d+)%: Checks: (\d+), Failed: (\d+)", out)
    return m.groups() if m else out


def test_runtests_counts(runtests, tmp_path):
    want = runtests.run_native([], tmp_path)
    got = boot(runtests.img, [], runtests.plat)
    assert counts(got.stdout) == counts(want.stdout), got
    assert got.returncode == want.returncode, got


DOC = b"""<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE lib [ <!ENTITY u "unikernel"> <!ATTLIST book lang CDATA "en"> ]>
<lib xmlns:x="urn:x">
  <book id="b1"><title>&u; &amp; you</title><x:n>1</x:n></book>
  <book id="b2" lang="fr"><title>caf\xc3\xa9</title><![CDATA[<raw>]]></book>
  <?pi data?><!-- comment -->
</lib>
"""


def test_xmlwf_checks_documents(xmlwf, tmp_path):
    bad = DOC.replace(b"</lib>", b"</lob>")
    files = {"doc.xml": DOC, "bad.xml": bad}
    # Without -d, xmlwf only checks: nothing for a well-formed document,
    # "FILE:LINE:COL: error" and status 2 for a broken one.
    got, _ = same_as_native(xmlwf, ["doc.xml"], tmp_path / "a", files)
    assert got.stdout == b"", got
    got, _ = same_as_native(xmlwf, ["bad.xml"], tmp_path / "b", files)
    assert got.returncode == 2 and b"mismatched tag" in got.stdout, got
