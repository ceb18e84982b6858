import Metrics
import Prometheus

/// The process's metrics, collected for Prometheus from the first time they are asked for
/// (`hosting.metrics_token` set): swift-metrics takes one backend per process, so it is set here,
/// once, before the web app and its plugins make their timers.
enum ProcessMetrics {
    static let registry: PrometheusCollectorRegistry = {
        let registry = PrometheusCollectorRegistry()
        MetricsSystem.bootstrap(PrometheusMetricsFactory(registry: registry))
        return registry
    }()
}
