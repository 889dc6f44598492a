#!/usr/bin/env bash
# Backs up the LMS database and its uploaded files into one new directory under BACKUP_ROOT, then keeps only the
# newest LMS_BACKUP_KEEP backups there. Usage: config/backup.sh BACKUP_ROOT
#
# Reads the same settings as the application, plus where the database server is:
#   LMS_DB_HOST (127.0.0.1)  LMS_DB_PORT (3306)  LMS_DB_NAME (lms)  LMS_DB_USER (root)  LMS_DB_PASSWORD (empty)
#   LMS_FILES_DIR (./data/files)  LMS_BACKUP_KEEP (14)
# The dump is consistent without stopping the application (--single-transaction: every table is InnoDB); the files
# are copied after it, so a file uploaded meanwhile may be in the copy without its row, never the other way round.
set -euo pipefail

root=${1:?usage: backup.sh BACKUP_ROOT}
host=${LMS_DB_HOST:-127.0.0.1}
port=${LMS_DB_PORT:-3306}
name=${LMS_DB_NAME:-lms}
user=${LMS_DB_USER:-root}
files=${LMS_FILES_DIR:-./data/files}
keep=${LMS_BACKUP_KEEP:-14}
# The password goes through the environment, not the command line, where `ps` would show it.
export MYSQL_PWD=${LMS_DB_PASSWORD:-}

dump=$(command -v mariadb-dump || command -v mysqldump) || { echo "backup: needs mariadb-dump or mysqldump" >&2; exit 2; }

target="$root/lms-$(date -u +%Y%m%dT%H%M%SZ)"
partial="$target.partial"
mkdir -p "$partial"

"$dump" --host="$host" --port="$port" --user="$user" \
    --single-transaction --routines --triggers --events --hex-blob --no-tablespaces \
    --default-character-set=utf8mb4 "$name" \
    | sed -e 's/DEFINER=`[^`]*`@`[^`]*`//g' \
    | gzip -9 > "$partial/database.sql.gz"

if [ -d "$files" ]; then
    tar -C "$files" -czf "$partial/files.tar.gz" .
else
    tar -czf "$partial/files.tar.gz" --files-from /dev/null
fi

(cd "$partial" && sha256sum database.sql.gz files.tar.gz > SHA256SUMS)
# Only a complete backup gets its final name, so a failed run never counts as one of the kept backups.
mv "$partial" "$target"

ls -1d "$root"/lms-*Z 2>/dev/null | sort -r | tail -n +"$((keep + 1))" | xargs -r rm -rf
echo "$target"
