package dev.aliendb.sql.plan;

import java.util.List;
import org.apache.calcite.plan.RelOptCluster;
import org.apache.calcite.plan.RelOptPredicateList;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.metadata.BuiltInMetadata;
import org.apache.calcite.rel.metadata.ChainedRelMetadataProvider;
import org.apache.calcite.rel.metadata.MetadataHandlerProvider;
import org.apache.calcite.rel.metadata.ProxyingMetadataHandlerProvider;
import org.apache.calcite.rel.metadata.ReflectiveRelMetadataProvider;
import org.apache.calcite.rel.metadata.RelMdAllPredicates;
import org.apache.calcite.rel.metadata.RelMdCollation;
import org.apache.calcite.rel.metadata.RelMdColumnOrigins;
import org.apache.calcite.rel.metadata.RelMdColumnUniqueness;
import org.apache.calcite.rel.metadata.RelMdDistinctRowCount;
import org.apache.calcite.rel.metadata.RelMdDistribution;
import org.apache.calcite.rel.metadata.RelMdExplainVisibility;
import org.apache.calcite.rel.metadata.RelMdExpressionLineage;
import org.apache.calcite.rel.metadata.RelMdFunctionalDependency;
import org.apache.calcite.rel.metadata.RelMdInputFieldsUsed;
import org.apache.calcite.rel.metadata.RelMdLowerBoundCost;
import org.apache.calcite.rel.metadata.RelMdMaxRowCount;
import org.apache.calcite.rel.metadata.RelMdMeasure;
import org.apache.calcite.rel.metadata.RelMdMemory;
import org.apache.calcite.rel.metadata.RelMdMinRowCount;
import org.apache.calcite.rel.metadata.RelMdNodeTypes;
import org.apache.calcite.rel.metadata.RelMdParallelism;
import org.apache.calcite.rel.metadata.RelMdPercentageOriginalRows;
import org.apache.calcite.rel.metadata.RelMdPopulationSize;
import org.apache.calcite.rel.metadata.RelMdRowCount;
import org.apache.calcite.rel.metadata.RelMdSelectivity;
import org.apache.calcite.rel.metadata.RelMdSize;
import org.apache.calcite.rel.metadata.RelMdTableReferences;
import org.apache.calcite.rel.metadata.RelMdUniqueKeys;
import org.apache.calcite.rel.metadata.RelMetadataProvider;
import org.apache.calcite.rel.metadata.RelMetadataQuery;

/**
 * The relational metadata every planning cluster uses: Calcite's defaults, except that no predicates are
 * ever pulled up ({@link NoPredicates}). Pulled-up predicates only feed simplifications with Calcite's
 * semantics (which AlienDB does not run), and Calcite asserts that none of them compares with a NULL
 * literal, which SQLite-style filters such as {@code HAVING NULL BETWEEN x AND NULL} do: SqlToRelConverter
 * asks whether an aggregate's input is already unique, that question pulls predicates up, and the
 * assertion fails. Without predicates the metadata answers are merely less precise, never wrong.
 * <p>
 * Handlers are proxies over the reflective providers ({@link ProxyingMetadataHandlerProvider}), not
 * Calcite's default Janino-generated classes: the answers are the same (same providers, same per-query
 * cache and cycle detection), but generating and compiling the handlers cost the first statement that asks
 * for metadata (e.g. DISTINCT over GROUP BY) over a second in a fresh JVM, about 365 classes of Janino
 * included, while AlienDB asks for metadata only a few times per planned statement.
 */
public final class PlanMetadata {
    /** {@link org.apache.calcite.rel.metadata.DefaultRelMetadataProvider}'s list with RelMdPredicates replaced. */
    private static final RelMetadataProvider PROVIDER = ChainedRelMetadataProvider.of(List.of(
            RelMdPercentageOriginalRows.SOURCE,
            RelMdColumnOrigins.SOURCE,
            RelMdExpressionLineage.SOURCE,
            RelMdTableReferences.SOURCE,
            RelMdNodeTypes.SOURCE,
            RelMdRowCount.SOURCE,
            RelMdMaxRowCount.SOURCE,
            RelMdMinRowCount.SOURCE,
            RelMdUniqueKeys.SOURCE,
            RelMdColumnUniqueness.SOURCE,
            RelMdPopulationSize.SOURCE,
            RelMdSize.SOURCE,
            RelMdParallelism.SOURCE,
            RelMdDistribution.SOURCE,
            RelMdLowerBoundCost.SOURCE,
            RelMdMeasure.SOURCE,
            RelMdMemory.SOURCE,
            RelMdDistinctRowCount.SOURCE,
            RelMdSelectivity.SOURCE,
            RelMdExplainVisibility.SOURCE,
            ReflectiveRelMetadataProvider.reflectiveSource(new NoPredicates(),
                    BuiltInMetadata.Predicates.Handler.class),
            RelMdInputFieldsUsed.SOURCE,
            RelMdAllPredicates.SOURCE,
            RelMdCollation.SOURCE,
            RelMdFunctionalDependency.SOURCE));

    private PlanMetadata() {
    }

    private static final MetadataHandlerProvider HANDLERS = new ProxyingMetadataHandlerProvider(PROVIDER);

    /** Installs the provider on a new cluster (and, as Calcite requires, on the current thread). */
    static void install(RelOptCluster cluster) {
        cluster.setMetadataProvider(PROVIDER);
        cluster.setMetadataQuerySupplier(() -> new RelMetadataQuery(HANDLERS));
    }

    /** Answers "no predicates known" for every relational expression. Public for Calcite's reflective dispatch. */
    public static final class NoPredicates implements BuiltInMetadata.Predicates.Handler {
        @Override
        public RelOptPredicateList getPredicates(RelNode rel, RelMetadataQuery mq) {
            return RelOptPredicateList.EMPTY;
        }
    }
}
