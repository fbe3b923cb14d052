<#-- Fields added to AlienSqlParserImplTokenManager (one instance per parser, so per statement). -->
    /** Named parameters (":a", "@a", "$a", keyed as written) and their 0-based SqlDynamicParam index. */
    public final java.util.Map<String, Integer> alienNamedParameters =
        new java.util.LinkedHashMap<String, Integer>();
