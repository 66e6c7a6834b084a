# syntax=docker/dockerfile:1
# Build: a JDK 21 Maven image. The committed production bundle (src/main/bundles/prod.bundle) means no Node is needed.
FROM maven:3.9-eclipse-temurin-21 AS build
WORKDIR /build
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
RUN --mount=type=cache,target=/root/.m2 ./mvnw -B -q dependency:go-offline || true
COPY db/ db/
COPY frontend/ frontend/
COPY src/ src/
RUN --mount=type=cache,target=/root/.m2 ./mvnw -B package -DskipTests \
    && cp target/migration-tracker-*.jar /build/app.jar

# Run: a JRE 21 image, as a non-root user (PostgreSQL, when embedded, refuses to run as root anyway).
FROM eclipse-temurin:21-jre
RUN apt-get update \
    && apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/* \
    && groupadd --system tracker \
    && useradd --system --gid tracker --home-dir /app --shell /usr/sbin/nologin tracker \
    && mkdir -p /app /data \
    && chown tracker:tracker /app /data
WORKDIR /app
COPY --from=build --chown=tracker:tracker /build/app.jar /app/app.jar
USER tracker

# Point SPRING_DATASOURCE_URL / _USERNAME / _PASSWORD at a PostgreSQL server for production use.
# Without them the embedded PostgreSQL keeps its files in /data (mount a volume there).
ENV TRACKER_DATA_DIR=/data/postgres \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"
VOLUME ["/data"]
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
    CMD curl -fsS http://localhost:8080/actuator/health || exit 1
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
