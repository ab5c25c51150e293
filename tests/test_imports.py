"""Every module of the package imports on its own, first: a tool, test or worker that
starts from any one module (``triangulate.cluster.labels``, say) must not meet a half-made
module through a cycle of imports that another starting point hides."""

from __future__ import annotations

import subprocess
import sys

import pytest

# Run in a fresh interpreter: import everything once (so the third-party libraries are
# loaded), then for each module fork a child that forgets every module of the package and
# imports that one first. A child's failure is its module's last error line.
_SCRIPT = """
import importlib, os, pkgutil, sys, traceback
import triangulate
names = sorted(
    m.name for m in pkgutil.walk_packages(triangulate.__path__, "triangulate.")
    if m.name != "triangulate.__main__"
)
for name in names:
    importlib.import_module(name)
failed = []
for name in names:
    read, write = os.pipe()
    child = os.fork()
    if child == 0:
        os.close(read)
        ours = [m for m in sys.modules if m == "triangulate" or m.startswith("triangulate.")]
        for loaded in ours:
            del sys.modules[loaded]
        try:
            importlib.import_module(name)
            said = b""
        except Exception as error:
            said = f"{name}: {type(error).__name__}: {error}".encode()
        os.write(write, said)
        os._exit(0)
    os.close(write)
    with os.fdopen(read, "rb") as pipe:
        said = pipe.read().decode()
    os.waitpid(child, 0)
    if said:
        failed.append(said)
print(len(names))
print("\\n".join(failed))
"""


@pytest.mark.skipif(not hasattr(__import__("os"), "fork"), reason="needs fork")
def test_every_module_imports_first_on_its_own() -> None:
    done = subprocess.run([sys.executable, "-c", _SCRIPT], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    count, *failed = done.stdout.splitlines()
    assert int(count) > 50  # the package's modules were all found
    assert [f for f in failed if f] == []
