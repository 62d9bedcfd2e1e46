"""Every lab on this machine at once: which are there (`podnet lab down --all`), found like `down` finds
one lab, without trusting any state file: by their directories (/run/podnet-lab, /run/podnet-lab-NAME)
and by their namespaces' names (lab/names.py), so labs whose creators crashed are found too."""

from __future__ import annotations

from lab import lifecycle, netns, procs
from lab.names import LabNameError, lab_of_netns, validate
from lab.paths import LabPaths, base_dir, lab_dirs


def present() -> list[str]:
    """The names of the labs with anything left on this machine ("" the default lab), sorted."""
    base = base_dir()
    names: set[str] = set()
    for d in lab_dirs():
        if d == base:
            names.add("")
            continue
        try:
            names.add(validate(d.name[len(base.name) + 1 :]))
        except LabNameError:
            continue  # not a lab's directory
    for ns in netns.every_lab_netns():
        name = lab_of_netns(ns)
        if name is not None:
            names.add(name)
    return sorted(names)


def down_all() -> dict[str, lifecycle.DownResult]:
    """Take every lab down, each as `podnet lab down --name NAME` does; then any `podnet-` namespace
    that no lab's naming claims (none should be left) goes too."""
    lifecycle.preflight_root()
    results = {name: lifecycle.down(LabPaths.named(name)) for name in present()}
    stray = netns.every_lab_netns()
    if stray:
        procs.kill_all([p for ns in stray for p in procs.netns_pids(ns)])
        netns.delete_namespaces(stray)
        results["(unclaimed)"] = lifecycle.DownResult(len(stray), 0)
    return results
