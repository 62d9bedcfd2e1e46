"""Look-alikes held-out EL-ES (spent) showed the generic rule reading as failures (issue #17, 2026-12-05): each names
the program and the form, beside a failure of the same shape that must still be read."""

from __future__ import annotations

from tests.unit.parsing.rounds import reads, reads_nothing

LOOKALIKES = [
    # kaniko: a build context's fetch failed, no look-up (the URL's host is on the debug line above)
    "DEBU[0000] Getting source context from git://git.example.net/acme/suite-testserver\n"
    "DEBU[0000] Getting source from reference\n"
    "Error: error resolving source context: unexpected EOF",
    # containerd's `failed to resolve reference`, cut by the reporter's terminal inside `reference`
    '  Warning  Failed  14s  kubelet  Failed to pull image "localhost:5000/hello-app:1.0": rpc error: code = Unknown '
    'desc = failed to pull and unpack image "localhost:5000/hello-app:1.0": failed to resolve r\n'
    'eference "localhost:5000/hello-app:1.0": failed to do request: Head "https://localhost:5000/v2/hello-app/'
    'manifests/1.0": dial tcp [::1]:5000: connect: connection refused',
]

STILL_READ: list[tuple[str, set[tuple[str, str]]]] = [
    (  # a verb's object cut at the line's end that is no noun of the guard's: the failure below is still read
        "Error: failed to resolve s\nvc-api: lookup svc-api on 10.96.0.10:53: no such host",
        {("svc-api", "nxdomain")},
    ),
    (  # containerd's reference whose registry did not resolve
        'failed to resolve reference "registry.corp.example/app:1.0": failed to do request: Head '
        '"https://registry.corp.example/v2/app/manifests/1.0": dial tcp: lookup registry.corp.example on '
        "10.96.0.10:53: no such host",
        {("registry.corp.example", "nxdomain")},
    ),
]


test_lookalikes_name_no_failure = reads_nothing(LOOKALIKES, None)
test_the_same_shapes_with_a_failure_are_still_read = reads(STILL_READ, None)
