"""What `podnet serve` tells its operators: Prometheus metrics, health and readiness, structured logs.

Nothing here knows about the cluster: the engine reports what it could not read or reach in
`Report.extra`, and the readiness checks are callables handed in by `podnet serve`.
"""
