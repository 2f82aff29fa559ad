package dev.dockscope.lint.rules;

import java.util.stream.Stream;

class DS213LanguageCacheLeftTest extends RuleSpec {
    DS213LanguageCacheLeftTest() {
        super(new DS213LanguageCacheLeft());
    }

    static Stream<String> catches() {
        return Stream.of(
                "FROM ruby:3.3\nCOPY Gemfile Gemfile.lock ./\nRUN bundle install",
                "FROM ruby:3.3\nRUN gem install fpm",
                "FROM php:8.3-fpm\nCOPY . .\nRUN composer install --no-dev",
                "FROM php:8.3-apache\nRUN php /usr/local/bin/composer install",
                "FROM python:3.12\nRUN pip install poetry && poetry install --no-root",
                "FROM python:3.12\nRUN uv sync --frozen",
                "FROM node:22\nRUN pnpm fetch --prod",
                "FROM node:22\nRUN pnpm add -g serve",
                "FROM oven/bun:1\nRUN bun install",
                "FROM golang:1.23\nCOPY go.mod go.sum ./\nRUN go mod download",
                "FROM golang:1.23\nCOPY . .\nRUN go build -o /app",
                "FROM mcr.microsoft.com/dotnet/sdk:8.0\nCOPY . .\nRUN dotnet restore",
                // a builder stage the final stage is built FROM ships its caches
                "FROM ruby:3.3 AS base\nRUN bundle install\nFROM base\nCMD [\"rails\", \"server\"]");
    }

    static Stream<String> passes() {
        return Stream.of(
                "FROM ruby:3.3\nRUN bundle install && rm -rf /usr/local/bundle/cache",
                "FROM ruby:3.3\nRUN bundle --version",
                "FROM php:8.3-fpm\nRUN composer install --no-cache",
                "FROM php:8.3-fpm\nRUN composer install && composer clear-cache",
                "FROM python:3.12\nENV POETRY_CACHE_DIR=/tmp/poetry\nRUN poetry install && rm -rf $POETRY_CACHE_DIR",
                "FROM python:3.12\nRUN poetry install --no-cache",
                "FROM python:3.12\nENV UV_NO_CACHE=1\nRUN uv sync",
                "FROM node:22\nRUN pnpm install && pnpm store prune",
                "FROM node:22\nRUN --mount=type=cache,target=/root/.local/share/pnpm/store pnpm install",
                "FROM golang:1.23\nRUN --mount=type=cache,target=/root/.cache/go-build go build -o /app",
                "FROM oven/bun:1\nRUN bun install --no-cache",
                // a builder stage only copied from: its caches never ship
                "FROM golang:1.23 AS build\nRUN go build -o /app\nFROM alpine:3.20\nCOPY --from=build /app /app",
                // the first dotnet restore fills the cache, the publish after it adds nothing new: one finding
                "FROM mcr.microsoft.com/dotnet/sdk:8.0\nRUN dotnet build --help");
    }

    @org.junit.jupiter.api.Test
    void oneFindingPerCache() {
        var f = lint("FROM mcr.microsoft.com/dotnet/sdk:8.0\nCOPY . .\nRUN dotnet restore\nRUN dotnet publish -o out");
        org.junit.jupiter.api.Assertions.assertEquals(1, f.size(), f.toString());
        org.junit.jupiter.api.Assertions.assertEquals(3, f.get(0).line());
    }
}
