#!/usr/bin/env bash
# Restores a backup made by config/backup.sh into a NEW database and an empty files directory: it never overwrites a
# database in use. Usage: config/restore.sh BACKUP_DIR
#
#   LMS_DB_HOST (127.0.0.1)  LMS_DB_PORT (3306)  LMS_DB_USER (root)  LMS_DB_PASSWORD (empty)
#   LMS_DB_NAME        the database to create (required; it must not exist yet)
#   LMS_FILES_DIR      the directory for the uploaded files (required; it must be missing or empty)
# Point the application at the new database and directory once it succeeds.
set -euo pipefail

backup=${1:?usage: restore.sh BACKUP_DIR}
host=${LMS_DB_HOST:-127.0.0.1}
port=${LMS_DB_PORT:-3306}
user=${LMS_DB_USER:-root}
name=${LMS_DB_NAME:?set LMS_DB_NAME to the new database to restore into}
files=${LMS_FILES_DIR:?set LMS_FILES_DIR to the empty directory for the uploaded files}
export MYSQL_PWD=${LMS_DB_PASSWORD:-}

client=$(command -v mariadb || command -v mysql) || { echo "restore: needs the mariadb or mysql client" >&2; exit 2; }
mysql_run() { "$client" --host="$host" --port="$port" --user="$user" --default-character-set=utf8mb4 "$@"; }

(cd "$backup" && sha256sum --check --quiet SHA256SUMS)

if [ -n "$(mysql_run --batch --skip-column-names -e "show databases like '$name'")" ]; then
    echo "restore: database $name already exists; restore into a new one" >&2
    exit 1
fi
if [ -d "$files" ] && [ -n "$(ls -A "$files")" ]; then
    echo "restore: $files is not empty" >&2
    exit 1
fi

mysql_run -e "create database \`$name\` character set utf8mb4 collate utf8mb4_unicode_ci"
gunzip -c "$backup/database.sql.gz" | mysql_run "$name"

mkdir -p "$files"
tar -C "$files" -xzf "$backup/files.tar.gz"
echo "restored $backup into database $name and $files"
