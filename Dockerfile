# syntax=docker/dockerfile:1
# The tracker's image, as Spring Boot's guidance for efficient images has it (docs/adr/0048):
# - the jar extracted into layers (java -Djarmode=tools ... extract --layers), so a code change rebuilds only the
#   thin application layer and the 122 MB of libraries stay cached;
# - an AOT cache (JEP 514/515, Java 25) trained at build time by a start that stops itself once ready:
#   README "Start time" has the figures with and without it. The training start stops once the tracker is ready
#   (operations.TrainingRun), so the web server, Vaadin and the database are trained too.
# The committed production bundle (src/main/bundles/prod.bundle) means no Node is needed.

FROM maven:3.9-eclipse-temurin-25 AS build
WORKDIR /build
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
RUN --mount=type=cache,target=/root/.m2 ./mvnw -B -q dependency:go-offline || true
COPY db/ db/
COPY frontend/ frontend/
COPY src/ src/
RUN --mount=type=cache,target=/root/.m2 ./mvnw -B package -DskipTests \
    && cp target/migration-tracker-*.jar app.jar \
    && java -Djarmode=tools -jar app.jar extract --layers --destination layers

FROM eclipse-temurin:25-jre
# curl for the health check; a non-root user (PostgreSQL, when embedded, refuses to run as root anyway)
RUN apt-get update \
    && apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/* \
    && groupadd --system --gid 10001 tracker \
    && useradd --system --uid 10001 --gid tracker --home-dir /app --shell /usr/sbin/nologin tracker \
    && mkdir -p /app /data \
    && chown tracker:tracker /app /data
WORKDIR /app
# least often changed first
COPY --from=build --chown=tracker:tracker /build/layers/dependencies/ ./
COPY --from=build --chown=tracker:tracker /build/layers/spring-boot-loader/ ./
COPY --from=build --chown=tracker:tracker /build/layers/snapshot-dependencies/ ./
COPY --from=build --chown=tracker:tracker /build/layers/application/ ./
USER tracker

# The training run: the embedded PostgreSQL in a throwaway directory; the tracker stops itself once ready.
RUN TRACKER_DATA_DIR=/tmp/training-db APP_ADMIN_PASSWORD=only-for-the-training-run-1 \
    java -XX:AOTCacheOutput=app.aot -Dtracker.training-run=true -jar app.jar \
    && rm -rf /tmp/training-db

# Point SPRING_DATASOURCE_URL / _USERNAME / _PASSWORD at a PostgreSQL server for production use (compose.yaml).
# Without them the embedded PostgreSQL keeps its files in /data (mount a volume there).
ENV TRACKER_DATA_DIR=/data/postgres \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"
VOLUME ["/data"]
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
    CMD ["curl", "-fsS", "http://localhost:8080/actuator/health/readiness"]
ENTRYPOINT ["java", "-XX:AOTCache=app.aot", "-jar", "app.jar"]
