package dev.dockscope.lint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class DS101CopyAllBeforeInstallTest extends RuleSpec {
    DS101CopyAllBeforeInstallTest() {
        super(new DS101CopyAllBeforeInstall());
    }

    static Stream<String> catches() {
        return Stream.of(
                "COPY package*.json ./\nCOPY . .\nRUN npm ci",
                "COPY src/ ./src\nCOPY package.json yarn.lock ./\nRUN yarn --frozen-lockfile",
                "COPY . .\nRUN yarn",
                "COPY . .\nRUN NODE_ENV=production npm ci",
                "COPY . .\nRUN --mount=type=cache,target=/root/.npm npm ci",
                "COPY . .\nRUN pnpm i --frozen-lockfile",
                "COPY go.mod go.sum ./\nCOPY . .\nRUN go build -o /app .",
                "COPY pom.xml .\nCOPY src ./src\nRUN mvn -B package",
                "COPY Cargo.toml Cargo.lock ./\nCOPY src ./src\nRUN cargo build --release",
                "COPY app/ /app/\nCOPY requirements.txt .\nRUN pip install -r requirements.txt",
                "FROM golang:1.23 AS build\nCOPY . .\nRUN go build -o /out/app .\nFROM scratch\nCOPY --from=build /out/app /app",
                "COPY . .\nRUN npm ci",
                "COPY . /app\nRUN npm install",
                "ADD . /app\nRUN yarn install --frozen-lockfile",
                "COPY . .\nRUN pnpm install",
                "COPY . .\nRUN bun install",
                "COPY . .\nRUN pip install -r requirements.txt",
                "COPY . .\nRUN python -m pip install -r requirements.txt",
                "COPY . .\nRUN poetry install",
                "COPY . .\nRUN pipenv install --deploy",
                "COPY . .\nRUN uv sync --frozen",
                "COPY . .\nRUN go mod download",
                "COPY . .\nRUN go build -o /app .",
                "COPY . .\nRUN mvn -B package",
                "COPY . .\nRUN ./gradlew build",
                "COPY . .\nRUN cargo build --release",
                "COPY . .\nRUN bundle install",
                "COPY . .\nRUN composer install",
                "COPY . .\nRUN dotnet restore",
                "COPY . .\nRUN mix deps.get",
                "COPY . .\nRUN gem build app.gemspec",
                "COPY src/ src/\nCOPY . .\nRUN npm ci",
                "COPY . .\nRUN apk add git && npm ci",
                "COPY . .\nRUN --mount=type=cache,target=/root/.cache/yarn npm_config_arch=x64 yarn --frozen-lockfile --network-timeout 600000",
                "FROM python:3.12\nONBUILD COPY . /app\nONBUILD RUN pip install -r /app/requirements.txt",
                "FROM golang:1.23\nCOPY src/ .\nRUN go get",
                "FROM golang:1.23\nCOPY . .\nRUN go run build.go build",
                "FROM python:3.12\nADD . /app/\nRUN python setup.py install",
                "FROM node:22\nCOPY ./web-ui /src/web-ui\nWORKDIR /src/web-ui\nRUN pnpm install");
    }

    static Stream<String> passes() {
        return Stream.of(
                "COPY frontend/package.json ./frontend/\nRUN npm ci\nCOPY . .",
                "COPY pom.xml .\nRUN mvn dependency:go-offline\nCOPY src ./src\nRUN mvn package",
                "COPY Cargo.toml Cargo.lock ./\nRUN mkdir src && echo 'fn main(){}' > src/main.rs && cargo build --release\nCOPY src ./src\nRUN cargo build --release",
                "COPY *.csproj ./\nRUN dotnet restore\nCOPY . .\nRUN dotnet publish -c Release -o /out",
                "COPY tools/ /usr/local/bin/\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\nCOPY . .",
                "FROM node:20 AS dev\nCOPY . .\nRUN npm ci\nFROM node:20 AS prod\nCOPY package*.json ./\nRUN npm ci\nCOPY . .",
                "COPY package.json package-lock.json ./\nRUN npm ci\nCOPY . .",
                "COPY requirements.txt .\nRUN pip install -r requirements.txt\nCOPY . .",
                "COPY go.mod go.sum ./\nRUN go mod download\nCOPY . .\nRUN go build ./...",
                "COPY . .\nRUN npm install -g typescript",
                "COPY . .\nRUN pip install flask",
                "COPY --from=build /app /app\nRUN npm ci",
                "RUN npm ci\nCOPY . .",
                "COPY . .",
                "FROM rust:1.80\nCOPY recipe.json .\nRUN cargo chef cook --release --recipe-path recipe.json\nCOPY . .\nRUN cargo build --release",
                "FROM rust:1.80\nRUN cargo new --bin /app\nWORKDIR /app\nCOPY Cargo.toml Cargo.lock ./\nRUN cargo build --release\nCOPY . .\nRUN cargo build --release",
                "FROM php:8.3\nCOPY root /\nRUN composer install",
                "FROM node:22\nCOPY ./web-ui /src/web-ui\nWORKDIR /src/other\nRUN npm ci");
    }

    @Test
    void fixNamesTheManifestAndLockFiles() {
        var f = lint("COPY . .\nRUN npm ci").get(0);
        assertTrue(f.fix().contains("package.json package-lock.json"), f.fix());
        assertEquals(2, f.line());
    }

    @Test
    void pipFixNamesTheRequirementsFileActuallyUsed() {
        var f = lint("COPY . .\nRUN pip install --no-cache-dir -r requirements/prod.txt").get(0);
        assertTrue(f.fix().contains("requirements/prod.txt"), f.fix());
    }
}
