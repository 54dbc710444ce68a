# One image for every role: worker, scheduler, web endpoint and one-off commands.
FROM python:3.11-slim AS build
WORKDIR /src
COPY pyproject.toml README.md LICENSE ./
COPY monitor ./monitor
COPY connectors ./connectors
COPY classifiers ./classifiers
RUN pip install --no-cache-dir --prefix=/install ".[postgres]"

FROM python:3.11-slim
ENV PYTHONUNBUFFERED=1 \
    PYTHONDONTWRITEBYTECODE=1 \
    MONITOR_CONFIG=/config/monitor.yaml
COPY --from=build /install /usr/local
# The worker never needs root: it only talks to Redis, PostgreSQL, SMTP and HTTPS APIs.
RUN groupadd --system --gid 10001 monitor \
 && useradd --system --uid 10001 --gid monitor --home-dir /var/lib/monitor --create-home monitor
USER 10001:10001
WORKDIR /var/lib/monitor
HEALTHCHECK --interval=30s --timeout=5s CMD ["monitor", "check-config", "/config/monitor.yaml"]
ENTRYPOINT ["monitor"]
CMD ["worker"]
