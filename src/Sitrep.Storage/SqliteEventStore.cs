using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Sitrep.Storage;

/// <summary>
/// The default store: one SQLite file, zero set-up. WAL journal with synchronous=NORMAL: a killed
/// process loses no committed article (a power cut may lose the last few, never corrupts the file).
/// </summary>
public sealed class SqliteEventStore : SqlEventStore
{
    private SqliteEventStore(SqliteConnection connection)
        : base(connection, SqliteDialect.Instance)
    {
    }

    public string Path { get; private init; } = "";

    private const string ReturningId = " RETURNING id";

    private protected override IFastStatement? PrepareFast(string sql)
    {
        if (((SqliteConnection)Connection).Handle is not { } db)
        {
            return null;
        }

        // SQLite gathers RETURNING rows in a temporary table; an INSERT's new id is read from the
        // connection instead (sqlite3_last_insert_rowid), which costs nothing.
        var trimmed = sql.TrimEnd();
        bool insert = trimmed.StartsWith("INSERT", StringComparison.OrdinalIgnoreCase) && trimmed.EndsWith(ReturningId, StringComparison.Ordinal);
        return new RawStatement(db, insert ? trimmed[..^ReturningId.Length] : sql, insert);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            // Keeps the query planner's statistics fresh, so that filters pick the right index.
            using var cmd = Connection.CreateCommand();
            cmd.CommandText = "PRAGMA optimize";
            cmd.ExecuteNonQuery();
        }

        base.Dispose(disposing);
    }

    public static SqliteEventStore Open(string path)
    {
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
            DefaultTimeout = 30,
        };
        var connection = new SqliteConnection(builder.ToString());
        try
        {
            connection.Open();
            string[] pragmas = ["PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL", "PRAGMA foreign_keys = ON", "PRAGMA busy_timeout = 10000", "PRAGMA cache_size = -65536", "PRAGMA wal_autocheckpoint = 8192"];
            foreach (var pragma in pragmas)
            {
                using var cmd = connection.CreateCommand();
                cmd.CommandText = pragma;
                cmd.ExecuteScalar();
            }

            return new SqliteEventStore(connection) { Path = path };
        }
        catch (SqliteException ex)
        {
            connection.Dispose();
            throw new StoreException($"{path}: cannot open the SQLite store ({ex.Message})", ex);
        }
    }

    /// <summary>A statement on the connection's own handle, values bound by position (SQLitePCL, below Microsoft.Data.Sqlite).</summary>
    private sealed class RawStatement : IFastStatement
    {
        private readonly sqlite3 _db;
        private readonly sqlite3_stmt _stmt;
        private readonly string _sql;
        private readonly bool _returnsRowId;
        private string[]? _names;
        private int[]? _index;

        public RawStatement(sqlite3 db, string sql, bool returnsRowId)
        {
            _db = db;
            _sql = sql;
            _returnsRowId = returnsRowId;
            int rc = raw.sqlite3_prepare_v2(db, sql, out var stmt);
            if (rc != raw.SQLITE_OK)
            {
                stmt.Dispose();
                SqliteException.ThrowExceptionForRC(rc, db);
            }

            _stmt = stmt;
        }

        public object? Run((string Name, object? Value)[] args, bool scalar)
        {
            var index = Indexes(args);
            for (int i = 0; i < args.Length; i++)
            {
                Check(Bind(index[i], args[i].Value));
            }

            try
            {
                int rc = raw.sqlite3_step(_stmt);
                object? result = null;
                if (rc == raw.SQLITE_ROW)
                {
                    if (scalar)
                    {
                        result = Column(0);
                    }

                    while ((rc = raw.sqlite3_step(_stmt)) == raw.SQLITE_ROW)
                    {
                    }
                }

                Check(rc == raw.SQLITE_DONE ? raw.SQLITE_OK : rc);
                return _returnsRowId ? raw.sqlite3_last_insert_rowid(_db) : result;
            }
            finally
            {
                _ = raw.sqlite3_reset(_stmt);
            }
        }

        public void ReadIntegers((string Name, object? Value)[] args, int columns, List<long> into)
        {
            var index = Indexes(args);
            for (int i = 0; i < args.Length; i++)
            {
                Check(Bind(index[i], args[i].Value));
            }

            try
            {
                int rc;
                while ((rc = raw.sqlite3_step(_stmt)) == raw.SQLITE_ROW)
                {
                    for (int c = 0; c < columns; c++)
                    {
                        into.Add(raw.sqlite3_column_int64(_stmt, c));
                    }
                }

                Check(rc == raw.SQLITE_DONE ? raw.SQLITE_OK : rc);
            }
            finally
            {
                _ = raw.sqlite3_reset(_stmt);
            }
        }

        /// <summary>The position of each value's parameter, looked up once; later calls must name the same parameters in the same order.</summary>
        private int[] Indexes((string Name, object? Value)[] args)
        {
            if (_index is { } known && _names is { } names)
            {
                if (names.Length != args.Length)
                {
                    throw new InvalidOperationException($"{args.Length} values for a statement prepared with {names.Length}: {_sql}");
                }

                for (int i = 0; i < args.Length; i++)
                {
                    if (!ReferenceEquals(names[i], args[i].Name) && !string.Equals(names[i], args[i].Name, StringComparison.Ordinal))
                    {
                        throw new InvalidOperationException($"parameter {i} is @{names[i]} in the prepared statement, @{args[i].Name} now: {_sql}");
                    }
                }

                return known;
            }

            if (raw.sqlite3_bind_parameter_count(_stmt) != args.Length)
            {
                throw new InvalidOperationException($"{args.Length} values for {raw.sqlite3_bind_parameter_count(_stmt)} parameters: {_sql}");
            }

            var index = new int[args.Length];
            var list = new string[args.Length];
            for (int i = 0; i < args.Length; i++)
            {
                list[i] = args[i].Name;
                index[i] = raw.sqlite3_bind_parameter_index(_stmt, "@" + args[i].Name);
                if (index[i] == 0)
                {
                    throw new InvalidOperationException($"no parameter @{args[i].Name} in: {_sql}");
                }
            }

            _names = list;
            _index = index;
            return index;
        }

        private int Bind(int i, object? value) => value switch
        {
            null or DBNull => raw.sqlite3_bind_null(_stmt, i),
            // An empty span would be bound as a null pointer, which SQLite stores as NULL, not as ''.
            string { Length: 0 } => raw.sqlite3_bind_text(_stmt, i, ""),
            string s => raw.sqlite3_bind_text16(_stmt, i, s.AsSpan()),
            long l => raw.sqlite3_bind_int64(_stmt, i, l),
            int n => raw.sqlite3_bind_int64(_stmt, i, n),
            bool b => raw.sqlite3_bind_int64(_stmt, i, b ? 1 : 0),
            double d => raw.sqlite3_bind_double(_stmt, i, d),
            byte[] { Length: 0 } => raw.sqlite3_bind_zeroblob(_stmt, i, 0),
            byte[] bytes => raw.sqlite3_bind_blob(_stmt, i, bytes),
            _ => throw new NotSupportedException($"a {value.GetType().Name} value for parameter {i} of: {_sql}"),
        };

        private object? Column(int i) => raw.sqlite3_column_type(_stmt, i) switch
        {
            raw.SQLITE_INTEGER => raw.sqlite3_column_int64(_stmt, i),
            raw.SQLITE_FLOAT => raw.sqlite3_column_double(_stmt, i),
            raw.SQLITE_TEXT => raw.sqlite3_column_text(_stmt, i).utf8_to_string(),
            raw.SQLITE_BLOB => raw.sqlite3_column_blob(_stmt, i).ToArray(),
            _ => null,
        };

        private void Check(int rc)
        {
            if (rc != raw.SQLITE_OK)
            {
                SqliteException.ThrowExceptionForRC(rc, _db);
            }
        }

        public void Dispose() => _stmt.Dispose();
    }
}
