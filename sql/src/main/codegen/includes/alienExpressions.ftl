<#--
  AlienDB expression additions to Calcite's Parser.jj (SQLite dialect): "==", ">>", "x IS [NOT] y",
  "[NOT] GLOB", postfix "ISNULL"/"NOTNULL"/"NOT NULL"/"COLLATE name", and the parameters ?NNN, :name,
  @name, $name.
  Each binary/postfix production is one alternative of Calcite's Expression2 loop (config.fmpp,
  extraBinaryExpressions) and appends operator/operand items to its flat list.
-->

/** "a == b" (same as "a = b"). */
void AlienDoubleEquals(List<Object> list, ExprContext exprContext, Span s) :
{
}
{
    <DOUBLE_EQ> {
        checkNonQueryExpression(exprContext);
        list.add(new SqlParserUtil.ToTreeListItem(SqlStdOperatorTable.EQUALS, getPos()));
    }
    AddExpression2b(list, ExprContext.ACCEPT_SUB_QUERY)
}

/** "a >> b" (right shift). */
void AlienRightShift(List<Object> list, ExprContext exprContext, Span s) :
{
}
{
    <ALIEN_RIGHT_SHIFT> {
        checkNonQueryExpression(exprContext);
        list.add(new SqlParserUtil.ToTreeListItem(AlienOperators.SHIFT_RIGHT, getPos()));
    }
    AddExpression2b(list, ExprContext.ACCEPT_SUB_QUERY)
}

/** "a IS b" = "a IS NOT DISTINCT FROM b"; "a IS NOT b" = "a IS DISTINCT FROM b". */
void AlienIsExpression(List<Object> list, ExprContext exprContext, Span s) :
{
    SqlOperator op = SqlStdOperatorTable.IS_NOT_DISTINCT_FROM;
}
{
    <IS> {
        checkNonQueryExpression(exprContext);
        s.clear().add(this);
    }
    [ <NOT> { op = SqlStdOperatorTable.IS_DISTINCT_FROM; } ]
    { list.add(new SqlParserUtil.ToTreeListItem(op, s.end(this))); }
    AddExpression2b(list, ExprContext.ACCEPT_SUB_QUERY)
}

/** "a NOT NULL" (postfix, = "a IS NOT NULL"), "a NOT GLOB b" and "a NOT IN()". */
void AlienNotOperator(List<Object> list, ExprContext exprContext, Span s) :
{
}
{
    <NOT> {
        checkNonQueryExpression(exprContext);
        s.clear().add(this);
    }
    (
        <NULL> {
            list.add(new SqlParserUtil.ToTreeListItem(SqlStdOperatorTable.IS_NOT_NULL, s.end(this)));
        }
    |
        <GLOB> {
            list.add(new SqlParserUtil.ToTreeListItem(AlienOperators.NOT_GLOB, s.end(this)));
        }
        AddExpression2b(list, ExprContext.ACCEPT_SUB_QUERY)
    |
        <ALIEN_IN_EMPTY> {
            list.add(new SqlParserUtil.ToTreeListItem(AlienOperators.NOT_IN_EMPTY, s.end(this)));
        }
    )
}

/** "a NOT IN (list or query)", "a NOT IN ()" and "a NOT IN table"; "NOT IN " is one token. */
void AlienNotIn(List<Object> list, ExprContext exprContext, Span s) :
{
    final SqlNodeList nodeList;
    final SqlIdentifier table;
}
{
    <ALIEN_NOT_IN> {
        checkNonQueryExpression(exprContext);
        s.clear().add(this);
    }
    (
        LOOKAHEAD(2) <LPAREN> <RPAREN> {
            list.add(new SqlParserUtil.ToTreeListItem(AlienOperators.NOT_IN_EMPTY, s.end(this)));
        }
    |
        nodeList = ParenthesizedQueryOrCommaList(ExprContext.ACCEPT_NONCURSOR) {
            list.add(new SqlParserUtil.ToTreeListItem(SqlStdOperatorTable.NOT_IN, s.pos()));
            list.add(GrammarNodes.inOperand(nodeList));
        }
    |
        table = CompoundIdentifier() {
            list.add(new SqlParserUtil.ToTreeListItem(SqlStdOperatorTable.NOT_IN, s.pos()));
            list.add(GrammarNodes.selectAll(table));
        }
    )
}

/** "a IN ()" ("IN ()" is one token) and "a IN table" (reached when no "(" follows IN). */
void AlienIn(List<Object> list, ExprContext exprContext, Span s) :
{
    final SqlIdentifier table;
}
{
    <ALIEN_IN_EMPTY> {
        checkNonQueryExpression(exprContext);
        list.add(new SqlParserUtil.ToTreeListItem(AlienOperators.IN_EMPTY, getPos()));
    }
|
    <IN> {
        checkNonQueryExpression(exprContext);
        s.clear().add(this);
    }
    table = CompoundIdentifier() {
        list.add(new SqlParserUtil.ToTreeListItem(SqlStdOperatorTable.IN, s.pos()));
        list.add(GrammarNodes.selectAll(table));
    }
}

/** "a GLOB b". */
void AlienGlob(List<Object> list, ExprContext exprContext, Span s) :
{
}
{
    <GLOB> {
        checkNonQueryExpression(exprContext);
        list.add(new SqlParserUtil.ToTreeListItem(AlienOperators.GLOB, getPos()));
    }
    AddExpression2b(list, ExprContext.ACCEPT_SUB_QUERY)
}

/** "a ISNULL", "a NOTNULL". */
void AlienNullTestPostfix(List<Object> list, ExprContext exprContext, Span s) :
{
    final SqlOperator op;
}
{
    (
        <ISNULL> { op = SqlStdOperatorTable.IS_NULL; }
    |
        <NOTNULL> { op = SqlStdOperatorTable.IS_NOT_NULL; }
    )
    {
        checkNonQueryExpression(exprContext);
        list.add(new SqlParserUtil.ToTreeListItem(op, getPos()));
    }
}

/** "a COLLATE name" (postfix; binds tighter than binary operators). */
void AlienCollatePostfix(List<Object> list, ExprContext exprContext, Span s) :
{
    final String collation;
}
{
    <COLLATE> { s.clear().add(this); }
    collation = AlienCollationName() {
        checkNonQueryExpression(exprContext);
        list.add(new SqlParserUtil.ToTreeListItem(AlienOperators.collate(collation), s.end(this)));
    }
}

/** "0x1F": a 64-bit two's-complement integer (0xFFFFFFFFFFFFFFFF is -1), at most 16 hex digits. */
SqlNode AlienHexInteger() :
{
}
{
    <ALIEN_HEX_INTEGER> {
        return SqlLiteral.createExactNumeric(GrammarNodes.hexInteger(token.image, getPos()), getPos());
    }
}

/** SQLite parameters. "?NNN" is parameter NNN (index NNN-1) and later plain "?" continue after the
 * largest number seen; ":a", "@a", "$a" get the next index at their first occurrence and the same
 * index at every later one. Plain "?" is Calcite's own DynamicParam (nDynamicParams++). */
SqlNode AlienParameter() :
{
}
{
    <ALIEN_NUMBERED_PARAM> {
        final int number = ParameterMarkers.number(token.image, getPos());
        if (number > nDynamicParams) {
            nDynamicParams = number;
        }
        return new SqlDynamicParam(number - 1, getPos());
    }
|
    <ALIEN_NAMED_PARAM> {
        Integer index = token_source.alienNamedParameters.get(token.image);
        if (index == null) {
            index = nDynamicParams++;
            token_source.alienNamedParameters.put(token.image, index);
        }
        return new SqlDynamicParam(index, getPos());
    }
}
