<#--
  AlienDB statement productions added to Calcite's Parser.jj (SQLite dialect):
  INSERT OR x / REPLACE INTO / DEFAULT VALUES, CREATE TABLE/VIEW/INDEX, DROP, ALTER TABLE,
  and the SQLite type-name production shared by column definitions and CAST.
-->

/** INSERT [OR action] INTO t [(cols)] {query | DEFAULT VALUES} [upsert clauses], or REPLACE INTO ...
 * A plain INSERT with a query stays a Calcite SqlInsert; everything else is an AlienInsert. */
SqlNode AlienInsertStatement() :
{
    final Span s;
    ConflictAction action = null;
    boolean replaceSyntax = false;
    final SqlIdentifier table;
    SqlNodeList columns = null;
    SqlNode source = null;
    final List<AlienUpsert> upserts = new ArrayList<AlienUpsert>();
    AlienUpsert upsert;
}
{
    (
        <INSERT> { s = span(); }
        [ <OR> action = AlienConflictAction() ]
    |
        <REPLACE> {
            s = span();
            action = ConflictAction.REPLACE;
            replaceSyntax = true;
        }
    )
    <INTO> table = CompoundTableIdentifier()
    [ LOOKAHEAD(2) columns = ParenthesizedSimpleIdentifierList() ]
    (
        <DEFAULT_> <VALUES>
    |
        source = OrderedQueryOrExpr(ExprContext.ACCEPT_QUERY)
        ( upsert = AlienUpsertClause() { upserts.add(upsert); } )*
    )
    {
        final SqlParserPos pos = s.end(this);
        final SqlInsert insert = source == null
            ? null : new SqlInsert(pos, SqlNodeList.EMPTY, table, source, columns);
        if (action == null && insert != null && upserts.isEmpty()) {
            return insert;
        }
        return new AlienInsert(pos, action == null ? ConflictAction.ABORT : action,
            replaceSyntax, table, columns, insert, upserts);
    }
}

/** ON CONFLICT [(key parts) [WHERE c]] DO {NOTHING | UPDATE SET col = expr, ... [WHERE c]}. */
AlienUpsert AlienUpsertClause() :
{
    final Span s;
    List<AlienIndexedColumn> target = new ArrayList<AlienIndexedColumn>();
    SqlNode targetWhere = null;
    final SqlNodeList columns = new SqlNodeList(SqlParserPos.ZERO);
    final SqlNodeList values = new SqlNodeList(SqlParserPos.ZERO);
    SqlNode where = null;
}
{
    <ON> { s = span(); } <CONFLICT>
    [
        target = AlienIndexedColumnList()
        [ <WHERE> targetWhere = Expression(ExprContext.ACCEPT_SUB_QUERY) ]
    ]
    <DO>
    (
        <NOTHING> {
            return new AlienUpsert(s.end(this), target, targetWhere, true, columns, values, null);
        }
    |
        <UPDATE> <SET> AlienAssignments(columns, values)
        [ <WHERE> where = Expression(ExprContext.ACCEPT_SUB_QUERY) ]
        {
            return new AlienUpsert(s.end(this), target, targetWhere, false, columns, values, where);
        }
    )
}

/** UPDATE OR action t [[AS] alias] SET col = expr, ... [WHERE cond] (a plain UPDATE stays Calcite's). */
SqlNode AlienUpdateOr() :
{
    final Span s;
    final ConflictAction action;
    final SqlIdentifier table;
    SqlIdentifier alias = null;
    final SqlNodeList columns = new SqlNodeList(SqlParserPos.ZERO);
    final SqlNodeList values = new SqlNodeList(SqlParserPos.ZERO);
    SqlNode where = null;
}
{
    <UPDATE> { s = span(); } <OR> action = AlienConflictAction()
    table = CompoundTableIdentifier()
    [ [ <AS> ] alias = SimpleIdentifier() ]
    <SET> AlienAssignments(columns, values)
    [ <WHERE> where = Expression(ExprContext.ACCEPT_SUB_QUERY) ]
    {
        final SqlParserPos pos = s.end(this);
        return new AlienUpdate(pos, action,
            new SqlUpdate(pos, table, columns, values, where, null, alias));
    }
}

/** "col = expr, ..." of UPDATE OR and DO UPDATE SET; appends to the two parallel lists. */
void AlienAssignments(SqlNodeList columns, SqlNodeList values) :
{
    SqlIdentifier column;
}
{
    column = SimpleIdentifier() { columns.add(column); }
    <EQ> AddExpression(values, ExprContext.ACCEPT_SUB_QUERY)
    (
        <COMMA> column = SimpleIdentifier() { columns.add(column); }
        <EQ> AddExpression(values, ExprContext.ACCEPT_SUB_QUERY)
    )*
}

ConflictAction AlienConflictAction() :
{
}
{
    <ROLLBACK> { return ConflictAction.ROLLBACK; }
|   <ABORT> { return ConflictAction.ABORT; }
|   <FAIL> { return ConflictAction.FAIL; }
|   <IGNORE> { return ConflictAction.IGNORE; }
|   <REPLACE> { return ConflictAction.REPLACE; }
}

/** Optional "ON CONFLICT action" of a constraint; null when absent. */
ConflictAction AlienOnConflict() :
{
    final ConflictAction action;
}
{
    <ON> <CONFLICT> action = AlienConflictAction() { return action; }
|
    { return null; }
}

boolean AlienIfNotExists() :
{
}
{
    LOOKAHEAD(3) <IF> <NOT> <EXISTS> { return true; }
|
    { return false; }
}

/** CREATE [TEMP|TEMPORARY] {TABLE | VIEW} ... and CREATE [UNIQUE] INDEX ...
 * (entered from Calcite's SqlCreate after "CREATE [OR REPLACE]"). */
SqlCreate AlienCreateStatement(Span s, boolean replace) :
{
    boolean temporary = false;
    boolean unique = false;
    final SqlCreate create;
}
{
    {
        if (replace) {
            throw new AlienParseError(s.end(this), "CREATE OR REPLACE is not supported");
        }
    }
    [ ( <TEMP> | <TEMPORARY> ) { temporary = true; } ]
    (
        create = AlienCreateTable(s, temporary)
    |
        create = AlienCreateView(s, temporary)
    |
        create = AlienCreateTrigger(s, temporary)
    |
        [ <UNIQUE> { unique = true; } ]
        create = AlienCreateIndex(s, unique) {
            if (temporary) {
                throw new AlienParseError(create.getParserPosition(), "TEMP is not allowed for an index");
            }
        }
    )
    { return create; }
}

SqlCreate AlienCreateTable(Span s, boolean temporary) :
{
    final boolean ifNotExists;
    final SqlIdentifier name;
    final List<AlienColumnDef> columns = new ArrayList<AlienColumnDef>();
    final List<AlienTableConstraint> constraints = new ArrayList<AlienTableConstraint>();
    SqlNode query = null;
}
{
    <TABLE> ifNotExists = AlienIfNotExists()
    name = CompoundIdentifier()
    (
        <AS> query = OrderedQueryOrExpr(ExprContext.ACCEPT_QUERY)
    |
        <LPAREN>
        AlienTableElement(columns, constraints)
        ( <COMMA> AlienTableElement(columns, constraints) )*
        <RPAREN>
        [ AlienTableOptions() ]
    )
    {
        return new AlienCreateTable(s.end(this), temporary, ifNotExists, name, columns,
            constraints, query);
    }
}

/** "WITHOUT ROWID" (rejected: every AlienDB table has a rowid). */
void AlienTableOptions() :
{
    final SqlIdentifier option;
}
{
    <WITHOUT> option = SimpleIdentifier() {
        throw new AlienParseError(option.getParserPosition(),
            "WITHOUT " + option.getSimple() + " tables are not supported");
    }
}

void AlienTableElement(List<AlienColumnDef> columns, List<AlienTableConstraint> constraints) :
{
    final AlienColumnDef column;
    final AlienTableConstraint constraint;
}
{
    constraint = AlienTableConstraintDef() { constraints.add(constraint); }
|
    column = AlienColumnDefinition() {
        if (!constraints.isEmpty()) {
            throw new AlienParseError(column.getParserPosition(),
                "column definitions must precede table constraints");
        }
        columns.add(column);
    }
}

/** name [type words [(n[,m])]] [column constraint ...]. */
AlienColumnDef AlienColumnDefinition() :
{
    final SqlIdentifier name;
    SqliteTypeNameSpec type = null;
    final List<AlienColumnConstraint> constraints = new ArrayList<AlienColumnConstraint>();
    AlienColumnConstraint constraint;
}
{
    name = SimpleIdentifier()
    [ type = AlienTypeNameSpec() ]
    ( constraint = AlienColumnConstraintDef() { constraints.add(constraint); } )*
    {
        return new AlienColumnDef(Span.of(name).end(this), name, type, constraints);
    }
}

AlienColumnConstraint AlienColumnConstraintDef() :
{
    final Span s = Span.of();
    SqlIdentifier name = null;
    boolean descending = false;
    boolean autoincrement = false;
    ConflictAction onConflict;
    final SqlNode e;
    final String collation;
    final AlienForeignKey fk;
}
{
    [ <CONSTRAINT> { s.add(this); } name = SimpleIdentifier() ]
    (
        <PRIMARY> { s.add(this); } <KEY>
        [ <ASC> | <DESC> { descending = true; } ]
        onConflict = AlienOnConflict()
        [ <AUTOINCREMENT> { autoincrement = true; } ]
        {
            return AlienColumnConstraint.primaryKey(s.end(this), name, descending, onConflict,
                autoincrement);
        }
    |
        <NOT> { s.add(this); } <NULL> onConflict = AlienOnConflict() {
            return AlienColumnConstraint.notNull(s.end(this), name, onConflict);
        }
    |
        <NULL> { s.add(this); } onConflict = AlienOnConflict() {
            return AlienColumnConstraint.nullable(s.end(this), name);
        }
    |
        <UNIQUE> { s.add(this); } onConflict = AlienOnConflict() {
            return AlienColumnConstraint.unique(s.end(this), name, onConflict);
        }
    |
        <CHECK> { s.add(this); } <LPAREN> e = Expression(ExprContext.ACCEPT_SUB_QUERY) <RPAREN> {
            return AlienColumnConstraint.check(s.end(this), name, e);
        }
    |
        <DEFAULT_> { s.add(this); } e = AlienDefaultValue() {
            return AlienColumnConstraint.defaultValue(s.end(this), name, e);
        }
    |
        <COLLATE> { s.add(this); } collation = AlienCollationName() {
            return AlienColumnConstraint.collate(s.end(this), name, collation);
        }
    |
        fk = AlienForeignKeyClause() {
            return AlienColumnConstraint.references(s.add(fk).pos(), name, fk);
        }
    )
}

/** DEFAULT value: a literal, a signed number, an identifier such as CURRENT_TIMESTAMP, or (expr). */
SqlNode AlienDefaultValue() :
{
    final SqlNode e;
}
{
    e = Expression3(ExprContext.ACCEPT_NON_QUERY) { return e; }
}

String AlienCollationName() :
{
    final String name;
}
{
    <BINARY> { return token.image; }
|
    name = Identifier() { return name; }
}

AlienForeignKey AlienForeignKeyClause() :
{
    final Span s;
    final SqlIdentifier table;
    SqlNodeList columns = null;
    final List<String> actions = new ArrayList<String>();
    String action;
}
{
    <REFERENCES> { s = span(); } table = CompoundIdentifier()
    [ columns = ParenthesizedSimpleIdentifierList() ]
    ( action = AlienForeignKeyAction() { actions.add(action); } )*
    [ LOOKAHEAD(2) action = AlienDeferrable() { actions.add(action); } ]
    { return new AlienForeignKey(s.end(this), table, columns, actions); }
}

String AlienForeignKeyAction() :
{
    final String event;
    final String what;
}
{
    (
        <ON>
        ( <DELETE> { event = "ON DELETE"; } | <UPDATE> { event = "ON UPDATE"; } )
        (
            LOOKAHEAD(2) <SET> <NULL> { what = "SET NULL"; }
        |   <SET> <DEFAULT_> { what = "SET DEFAULT"; }
        |   <CASCADE> { what = "CASCADE"; }
        |   <RESTRICT> { what = "RESTRICT"; }
        |   <NO> <ACTION> { what = "NO ACTION"; }
        )
    |
        <MATCH> { event = "MATCH"; }
        ( <FULL> | <PARTIAL> | <SIMPLE> ) { what = token.image.toUpperCase(Locale.ROOT); }
    )
    { return event + " " + what; }
}

String AlienDeferrable() :
{
    final StringBuilder b = new StringBuilder();
}
{
    [ <NOT> { b.append("NOT "); } ]
    <DEFERRABLE> { b.append("DEFERRABLE"); }
    [
        <INITIALLY>
        ( <DEFERRED> | <IMMEDIATE> ) {
            b.append(" INITIALLY ").append(token.image.toUpperCase(Locale.ROOT));
        }
    ]
    { return b.toString(); }
}

AlienTableConstraint AlienTableConstraintDef() :
{
    final Span s = Span.of();
    SqlIdentifier name = null;
    final List<AlienIndexedColumn> columns;
    final SqlNode e;
    final ConflictAction onConflict;
    final AlienForeignKey fk;
}
{
    [ <CONSTRAINT> { s.add(this); } name = SimpleIdentifier() ]
    (
        <PRIMARY> { s.add(this); } <KEY> columns = AlienIndexedColumnList()
        onConflict = AlienOnConflict() {
            return new AlienTableConstraint(s.end(this), name,
                AlienTableConstraint.Kind.PRIMARY_KEY, columns, null, onConflict, null);
        }
    |
        <UNIQUE> { s.add(this); } columns = AlienIndexedColumnList()
        onConflict = AlienOnConflict() {
            return new AlienTableConstraint(s.end(this), name,
                AlienTableConstraint.Kind.UNIQUE, columns, null, onConflict, null);
        }
    |
        <CHECK> { s.add(this); } <LPAREN> e = Expression(ExprContext.ACCEPT_SUB_QUERY) <RPAREN> {
            return new AlienTableConstraint(s.end(this), name,
                AlienTableConstraint.Kind.CHECK, new ArrayList<AlienIndexedColumn>(), e, null, null);
        }
    |
        <FOREIGN> { s.add(this); } <KEY> columns = AlienIndexedColumnList()
        fk = AlienForeignKeyClause() {
            return new AlienTableConstraint(s.end(this), name,
                AlienTableConstraint.Kind.FOREIGN_KEY, columns, null, null, fk);
        }
    )
}

List<AlienIndexedColumn> AlienIndexedColumnList() :
{
    final List<AlienIndexedColumn> list = new ArrayList<AlienIndexedColumn>();
    AlienIndexedColumn column;
}
{
    <LPAREN>
    column = AlienIndexedColumnDef() { list.add(column); }
    ( <COMMA> column = AlienIndexedColumnDef() { list.add(column); } )*
    <RPAREN>
    { return list; }
}

/** expr [COLLATE name] [ASC|DESC]; the COLLATE arrives as the expression's postfix operator. */
AlienIndexedColumn AlienIndexedColumnDef() :
{
    SqlNode e;
    boolean descending = false;
}
{
    e = Expression(ExprContext.ACCEPT_NON_QUERY)
    [ <ASC> | <DESC> { descending = true; } ]
    {
        final String collation = AlienOperators.collationOf(e);
        if (collation != null) {
            e = ((SqlCall) e).operand(0);
        }
        return new AlienIndexedColumn(Span.of(e).end(this), e, collation, descending);
    }
}

SqlCreate AlienCreateIndex(Span s, boolean unique) :
{
    final boolean ifNotExists;
    final SqlIdentifier name;
    final SqlIdentifier table;
    final List<AlienIndexedColumn> columns;
    SqlNode where = null;
}
{
    <INDEX> ifNotExists = AlienIfNotExists()
    name = CompoundIdentifier()
    <ON> table = SimpleIdentifier()
    columns = AlienIndexedColumnList()
    [ <WHERE> where = Expression(ExprContext.ACCEPT_SUB_QUERY) ]
    {
        return new AlienCreateIndex(s.end(this), unique, ifNotExists, name, table, columns, where);
    }
}

SqlCreate AlienCreateView(Span s, boolean temporary) :
{
    final boolean ifNotExists;
    final SqlIdentifier name;
    SqlNodeList columns = null;
    final SqlNode query;
}
{
    <VIEW> ifNotExists = AlienIfNotExists()
    name = CompoundIdentifier()
    [ columns = ParenthesizedSimpleIdentifierList() ]
    <AS> query = OrderedQueryOrExpr(ExprContext.ACCEPT_QUERY)
    {
        return new AlienCreateView(s.end(this), temporary, ifNotExists, name, columns, query);
    }
}

SqlCreate AlienCreateTrigger(Span s, boolean temporary) :
{
    final boolean ifNotExists;
    final SqlIdentifier name;
    AlienCreateTrigger.Timing timing = AlienCreateTrigger.Timing.BEFORE;
    final AlienCreateTrigger.Event event;
    SqlNodeList columns = null;
    final SqlIdentifier table;
    boolean forEachRow = false;
    SqlNode when = null;
    final List<SqlNode> body = new ArrayList<SqlNode>();
    SqlNode statement;
}
{
    <TRIGGER> ifNotExists = AlienIfNotExists()
    name = CompoundIdentifier()
    [
        <BEFORE> { timing = AlienCreateTrigger.Timing.BEFORE; }
    |   <AFTER> { timing = AlienCreateTrigger.Timing.AFTER; }
    |   <INSTEAD> <OF> { timing = AlienCreateTrigger.Timing.INSTEAD_OF; }
    ]
    (
        <DELETE> { event = AlienCreateTrigger.Event.DELETE; }
    |   <INSERT> { event = AlienCreateTrigger.Event.INSERT; }
    |   <UPDATE> { event = AlienCreateTrigger.Event.UPDATE; }
        [ <OF> columns = AlienIdentifierList() ]
    )
    <ON> table = CompoundIdentifier()
    [ <FOR> <EACH> <ROW> { forEachRow = true; } ]
    [ <WHEN> when = Expression(ExprContext.ACCEPT_SUB_QUERY) ]
    <BEGIN>
    ( statement = SqlStmt() { body.add(statement); } <SEMICOLON> )+
    <END>
    {
        return new AlienCreateTrigger(s.end(this), temporary, ifNotExists, name, timing, event, columns,
            table, forEachRow, when, body);
    }
}

/** "a, b, c" without parentheses (UPDATE OF columns). */
SqlNodeList AlienIdentifierList() :
{
    final List<SqlNode> list = new ArrayList<SqlNode>();
}
{
    AddSimpleIdentifiers(list) { return new SqlNodeList(list, Span.of(list).pos()); }
}

/** DROP {TABLE|VIEW|INDEX|TRIGGER} [IF EXISTS] name (entered from Calcite's SqlDrop). */
SqlDrop AlienDrop(Span s, boolean replace) :
{
    final AlienDrop.ObjectType type;
    boolean ifExists = false;
    final SqlIdentifier name;
}
{
    (
        <TABLE> { type = AlienDrop.ObjectType.TABLE; }
    |   <VIEW> { type = AlienDrop.ObjectType.VIEW; }
    |   <INDEX> { type = AlienDrop.ObjectType.INDEX; }
    |   <TRIGGER> { type = AlienDrop.ObjectType.TRIGGER; }
    )
    [ LOOKAHEAD(2) <IF> <EXISTS> { ifExists = true; } ]
    name = CompoundIdentifier()
    { return new AlienDrop(s.end(this), type, ifExists, name); }
}

/** ALTER TABLE t {ADD [COLUMN] def | RENAME TO n | RENAME [COLUMN] a TO b | DROP [COLUMN] c}. */
SqlNode AlienAlterTable() :
{
    final Span s;
    final SqlIdentifier table;
    final AlienColumnDef column;
    final SqlIdentifier oldName;
    final SqlIdentifier newName;
}
{
    <ALTER> { s = span(); } <TABLE> table = CompoundIdentifier()
    (
        <RENAME>
        (
            <TO> newName = SimpleIdentifier() {
                return AlienAlterTable.renameTable(s.end(this), table, newName);
            }
        |
            [ <COLUMN> ] oldName = SimpleIdentifier() <TO> newName = SimpleIdentifier() {
                return AlienAlterTable.renameColumn(s.end(this), table, oldName, newName);
            }
        )
    |
        <ADD> [ <COLUMN> ] column = AlienColumnDefinition() {
            return AlienAlterTable.addColumn(s.end(this), table, column);
        }
    |
        <DROP> [ <COLUMN> ] oldName = SimpleIdentifier() {
            return AlienAlterTable.dropColumn(s.end(this), table, oldName);
        }
    )
}

/** A SQLite type name: one or more words, then an optional "(n)" or "(n, m)". */
SqliteTypeNameSpec AlienTypeNameSpec() :
{
    final Span s;
    final StringBuilder name = new StringBuilder();
    String word;
    int precision = SqliteTypeNameSpec.NONE;
    int scale = SqliteTypeNameSpec.NONE;
}
{
    word = AlienTypeWord() {
        s = span();
        name.append(word);
    }
    ( word = AlienTypeWord() { name.append(' ').append(word); } )*
    [
        <LPAREN> precision = IntLiteral()
        [ <COMMA> scale = IntLiteral() ]
        <RPAREN>
    ]
    { return new SqliteTypeNameSpec(name.toString(), precision, scale, s.end(this)); }
}

/** One word of a type name: an identifier, a non-reserved keyword, or a reserved type keyword. */
String AlienTypeWord() :
{
    final String word;
}
{
    (
        <BIGINT> | <BINARY> | <BLOB> | <BOOLEAN> | <CHAR> | <CHARACTER> | <CLOB>
    |   <DEC> | <DECIMAL> | <DOUBLE> | <FLOAT> | <INT> | <INTEGER> | <LARGE> | <NATIONAL>
    |   <NCHAR> | <NCLOB> | <NUMERIC> | <PRECISION> | <REAL> | <SMALLINT>
    |   <TINYINT> | <UNSIGNED> | <VARBINARY> | <VARCHAR> | <VARYING>
    )
    { return token.image; }
|
    word = Identifier() { return word; }
}
