// Grammar of AlienDB's expression-free commands (transaction control, PRAGMA, maintenance).
// Recognized before Calcite's parser; see CommandParser.java. Keywords are case-insensitive.
grammar Command;

options { caseInsensitive = true; }

command
    : ( begin | commit | rollback | savepoint | release | pragma
      | checkpoint | vacuum | analyze | reindex | attach | detach ) SEMI* EOF
    ;

begin      : BEGIN txMode=( DEFERRED | IMMEDIATE | EXCLUSIVE )? TRANSACTION? ;
commit     : ( COMMIT | END ) TRANSACTION? ;
rollback   : ROLLBACK TRANSACTION? ( TO SAVEPOINT? name )? ;
savepoint  : SAVEPOINT name ;
release    : RELEASE SAVEPOINT? name ;
pragma     : PRAGMA qualifiedName ( EQ pragmaValue | LPAREN pragmaValue RPAREN )? ;
checkpoint : CHECKPOINT name? ;
vacuum     : VACUUM name? ( INTO STRING )? ;
analyze    : ANALYZE qualifiedName? ;
reindex    : REINDEX qualifiedName? ;
attach     : ATTACH DATABASE? STRING AS name ;
detach     : DETACH DATABASE? name ;

pragmaValue   : signedNumber | name | STRING ;
signedNumber  : ( PLUS | MINUS )? NUMBER ;
qualifiedName : name ( DOT name )? ;

// Any identifier, including this grammar's own keywords (SQLite lets most keywords be names).
name
    : IDENTIFIER | QUOTED_IDENTIFIER
    | BEGIN | DEFERRED | IMMEDIATE | EXCLUSIVE | TRANSACTION | COMMIT | END | ROLLBACK | TO
    | SAVEPOINT | RELEASE | PRAGMA | CHECKPOINT | VACUUM | INTO | ANALYZE | REINDEX | ATTACH
    | DETACH | DATABASE | AS
    ;

BEGIN       : 'BEGIN' ;
DEFERRED    : 'DEFERRED' ;
IMMEDIATE   : 'IMMEDIATE' ;
EXCLUSIVE   : 'EXCLUSIVE' ;
TRANSACTION : 'TRANSACTION' ;
COMMIT      : 'COMMIT' ;
END         : 'END' ;
ROLLBACK    : 'ROLLBACK' ;
TO          : 'TO' ;
SAVEPOINT   : 'SAVEPOINT' ;
RELEASE     : 'RELEASE' ;
PRAGMA      : 'PRAGMA' ;
CHECKPOINT  : 'CHECKPOINT' ;
VACUUM      : 'VACUUM' ;
INTO        : 'INTO' ;
ANALYZE     : 'ANALYZE' ;
REINDEX     : 'REINDEX' ;
ATTACH      : 'ATTACH' ;
DETACH      : 'DETACH' ;
DATABASE    : 'DATABASE' ;
AS          : 'AS' ;

EQ     : '=' ;
LPAREN : '(' ;
RPAREN : ')' ;
DOT    : '.' ;
SEMI   : ';' ;
PLUS   : '+' ;
MINUS  : '-' ;

NUMBER : [0-9]+ ( '.' [0-9]* )? ( 'E' [+-]? [0-9]+ )? | '.' [0-9]+ ( 'E' [+-]? [0-9]+ )? | '0X' [0-9A-F]+ ;
STRING : '\'' ( ~'\'' | '\'\'' )* '\'' ;
QUOTED_IDENTIFIER : '"' ( ~'"' | '""' )* '"' | '`' ( ~'`' | '``' )* '`' | '[' ~']'* ']' ;
IDENTIFIER : [A-Z_\u0080-\uFFFE] [A-Z_0-9$\u0080-\uFFFE]* ;

LINE_COMMENT  : '--' ~[\r\n]* -> skip ;
BLOCK_COMMENT : '/*' .*? ( '*/' | EOF ) -> skip ;
WS            : [ \t\r\n\f]+ -> skip ;
// Anything else reaches the parser as one bad token, so errors point at it.
ERROR_CHAR    : . ;
