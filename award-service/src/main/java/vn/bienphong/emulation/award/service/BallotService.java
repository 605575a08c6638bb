package vn.bienphong.emulation.award.service;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import vn.bienphong.emulation.award.domain.BallotQuestion;
import vn.bienphong.emulation.award.domain.BallotValidity;
import vn.bienphong.emulation.award.domain.ChairPowers;
import vn.bienphong.emulation.award.domain.NominationStatus;
import vn.bienphong.emulation.award.domain.QuestionOutcome;
import vn.bienphong.emulation.award.domain.Tally;
import vn.bienphong.emulation.award.domain.VotePolicy;
import vn.bienphong.emulation.award.events.AwardEventPublisher;
import vn.bienphong.emulation.award.persistence.BallotEntity;
import vn.bienphong.emulation.award.persistence.BallotStore;
import vn.bienphong.emulation.award.persistence.NominationEntity;
import vn.bienphong.emulation.award.persistence.RosterStore;
import vn.bienphong.emulation.common.events.contract.BallotClosed;
import vn.bienphong.emulation.common.problem.ProblemException;
import vn.bienphong.emulation.common.security.Caller;
import vn.bienphong.emulation.common.security.Roles;

/**
 * The year-end ballot: the unit holding the cluster's chair for the year (or the council) opens it
 * ({@link ChairPowers}), member units vote once each ({@link VotePolicy}), closing checks the quorum
 * ({@link BallotValidity}), tallies it ({@link Tally}), proposes nominations and publishes the result.
 */
@ApplicationScoped
public class BallotService {

    private final RosterStore rosters;
    private final StandingsQueries standings;
    private final BallotStore store;
    private final BallotJson json;
    private final BallotQueries queries;
    private final AwardEventPublisher events;
    private final Caller caller;

    public BallotService(RosterStore rosters, StandingsQueries standings, BallotStore store, BallotJson json,
                         BallotQueries queries, AwardEventPublisher events, Caller caller) {
        this.rosters = rosters;
        this.standings = standings;
        this.store = store;
        this.json = json;
        this.queries = queries;
        this.events = events;
        this.caller = caller;
    }

    @Transactional
    public BallotViews.Ballot open(BallotViews.NewBallot request) {
        int cluster = request.clusterNumber();
        int year = request.year();
        requireChairPowers(ChairPowers.Act.OPEN, cluster, year);
        Map<String, String> members = rosters.membersOf(cluster, year);
        if (members.isEmpty()) {
            throw ProblemException.ruleBroken("cluster " + cluster + " has no members known for " + year
                    + " (cluster-service has not announced its membership)");
        }
        if (BallotEntity.findFor(cluster, year).isPresent()) {
            throw ProblemException.conflict("cluster " + cluster + " has a ballot for " + year + " already");
        }
        List<String> order = byStandings(cluster, year, members.keySet());
        List<BallotQuestion> questions = questions(request.questions(), year, members.keySet(), order);
        BallotEntity b = new BallotEntity();
        b.id = UUID.randomUUID();
        b.clusterNumber = cluster;
        b.year = year;
        b.status = BallotEntity.Status.OPEN;
        b.questions = json.write(questions);
        b.eligibleVoters = json.write(List.copyOf(members.keySet()));
        b.conferenceDate = request.conferenceDate();
        b.place = request.place();
        b.quorum = request.quorum();
        b.rotateIfNoneElected = request.rotateIfNoneElected();
        b.openedBy = caller.name();
        b.openedAt = OffsetDateTime.now(ZoneOffset.UTC);
        b.persist();
        events.ballotOpened(new AwardEventPublisher.BallotOpened(b.id, cluster, year, members.size(),
                questions.stream().map(q -> new AwardEventPublisher.BallotOpened.Question(q.id(), q.kind().name(), q.award(),
                        q.quota(), q.candidates())).toList(), b.openedAt));
        return queries.view(b);
    }

    @Transactional
    public BallotViews.VoteReceipt vote(UUID ballotId, BallotViews.Paper vote) {
        BallotEntity b = BallotEntity.findForUpdate(ballotId)
                .orElseThrow(() -> ProblemException.notFound("no ballot " + ballotId));
        caller.requireMayActFor(vote.unitCode());
        Set<String> eligible = new HashSet<>(json.codes(b.eligibleVoters));
        VotePolicy.decide(b.status == BallotEntity.Status.OPEN, eligible, store.hasVoted(b.id, vote.unitCode()), vote.unitCode(),
                        json.questions(b.questions), vote.choices())
                .ifPresent(refusal -> {
                    throw refusal.conflict() ? ProblemException.conflict(refusal.reason() + " (cluster " + b.clusterNumber + ", " + b.year + ")")
                            : ProblemException.ruleBroken(refusal.reason());
                });
        Map<String, List<String>> paper = new LinkedHashMap<>();
        vote.choices().forEach((q, chosen) -> {
            if (!chosen.isEmpty()) {
                paper.put(q, chosen);
            }
        });
        store.cast(b.id, vote.unitCode(), json.write(paper));
        return new BallotViews.VoteReceipt(b.id, vote.unitCode(), OffsetDateTime.now(ZoneOffset.UTC), store.ballotsCast(b.id));
    }

    /**
     * Closes the ballot: tallied when it reached its quorum; below it refused (409), unless the
     * council closes it as void ({@code asVoid}). A ballot closed before is given back as it is, and
     * nothing more happens.
     */
    @Transactional
    public BallotViews.Ballot close(UUID ballotId, boolean asVoid) {
        BallotEntity b = BallotEntity.findForUpdate(ballotId)
                .orElseThrow(() -> ProblemException.notFound("no ballot " + ballotId));
        requireChairPowers(ChairPowers.Act.CLOSE, b.clusterNumber, b.year);
        if (b.status == BallotEntity.Status.CLOSED) {
            return queries.view(b);
        }
        List<String> eligible = json.codes(b.eligibleVoters);
        int cast = store.ballotsCast(b.id);
        BallotValidity.CloseDecision validity = BallotValidity.close(eligible.size(), cast, b.quorum, caller.hasRole(Roles.COUNCIL), asVoid);
        switch (validity.closing()) {
            case FORBIDDEN -> throw ProblemException.forbidden(validity.reason());
            case REFUSED -> throw ProblemException.conflict(validity.reason());
            default -> {
            }
        }
        boolean voided = validity.closing() == BallotValidity.Closing.VOID;
        Map<String, Map<String, Integer>> votes = new HashMap<>();
        for (String paper : store.papers(b.id)) {
            json.choices(paper).forEach((q, chosen) -> chosen.forEach(c ->
                    votes.computeIfAbsent(q, x -> new HashMap<>()).merge(c, 1, Integer::sum)));
        }
        Map<String, String> names = rosters.membersOf(b.clusterNumber, b.year);
        List<String> order = byStandings(b.clusterNumber, b.year, new LinkedHashSet<>(eligible));
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        List<BallotViews.QuestionResult> results = new ArrayList<>();
        String nextChair = null;
        boolean askedForChair = false;
        for (BallotQuestion q : voided ? List.<BallotQuestion>of() : json.questions(b.questions)) {
            List<String> candidates = new ArrayList<>(q.candidates());
            candidates.sort(java.util.Comparator.comparingInt(c -> order.indexOf(c) < 0 ? Integer.MAX_VALUE : order.indexOf(c)));
            BallotQuestion ordered = new BallotQuestion(q.id(), q.kind(), q.award(), q.quota(), q.threshold(),
                    q.thresholdInclusive(), candidates);
            QuestionOutcome o = Tally.tally(ordered, eligible.size(), votes.getOrDefault(q.id(), Map.of()));
            results.add(new BallotViews.QuestionResult(q.id(), q.kind(), q.award(), q.quota(), q.threshold(), q.describeThreshold(),
                    o.candidates().stream().map(c -> new BallotViews.CandidateResult(c.unitCode(), names.get(c.unitCode()),
                            c.votes(), c.share(), c.passedThreshold(), c.proposed())).toList(),
                    o.proposed(), o.tieDecision(), o.describe()));
            if (q.kind() == BallotQuestion.Kind.NEXT_CHAIR) {
                askedForChair = true;
                nextChair = o.proposed().isEmpty() ? null : o.proposed().get(0);
            } else if (q.kind() == BallotQuestion.Kind.AWARD) {
                for (QuestionOutcome.CandidateTally c : o.candidates()) {
                    if (c.proposed()) {
                        nominate(b, q, c, now);
                    }
                }
            }
        }
        BallotValidity.FlagOutcome flag = BallotValidity.flag(voided, askedForChair, java.util.Optional.ofNullable(nextChair),
                b.rotateIfNoneElected);
        BallotViews.Results stored = new BallotViews.Results(now, eligible.size(), cast, results, nextChair, voided,
                validity.papersNeeded(), BallotValidity.describeQuorum(b.quorum), validity.reason(), flag.flag().name(), flag.reason());
        b.status = BallotEntity.Status.CLOSED;
        b.voided = voided;
        b.closedAt = now;
        b.closedBy = caller.name();
        b.results = json.write(stored);
        b.nextChairUnitCode = nextChair;
        events.ballotClosed(new BallotClosed(b.id, b.clusterNumber, b.year, now, eligible.size(), cast,
                results.stream().map(r -> new BallotClosed.QuestionResult(r.questionId(), r.kind().name(), r.award(), r.quota(),
                        r.threshold(), r.candidates().stream().map(c -> new BallotClosed.CandidateResult(c.unitCode(), c.votes(),
                                c.share(), c.proposed())).toList(), r.proposed())).toList(),
                nextChair, voided, validity.papersNeeded(), flag.flag().name(), flag.reason()));
        return queries.view(b);
    }

    /** {@link ChairPowers}, with the chair of the cluster for the year as cluster-service last said it. */
    private void requireChairPowers(ChairPowers.Act act, int cluster, int year) {
        ChairPowers.refusal(act, cluster, year, caller.hasRole(Roles.COUNCIL), caller.ownUnit(), rosters.chairOf(cluster, year))
                .ifPresent(reason -> {
                    throw ProblemException.forbidden(reason);
                });
    }

    private static void nominate(BallotEntity b, BallotQuestion q, QuestionOutcome.CandidateTally c, OffsetDateTime now) {
        NominationEntity n = new NominationEntity();
        n.id = UUID.randomUUID();
        n.ballotId = b.id;
        n.questionId = q.id();
        n.clusterNumber = b.clusterNumber;
        n.year = b.year;
        n.award = q.award();
        n.unitCode = c.unitCode();
        n.votes = c.votes();
        n.share = c.share();
        n.status = NominationStatus.PROPOSED;
        n.createdAt = now;
        n.persist();
    }

    /** The members in the order of the standings; members the standings do not list come last, in roster order. */
    private List<String> byStandings(int cluster, int year, Set<String> members) {
        LinkedHashSet<String> order = new LinkedHashSet<>();
        standings.order(cluster, year).stream().filter(members::contains).forEach(order::add);
        order.addAll(members);
        return List.copyOf(order);
    }

    private static List<BallotQuestion> questions(List<BallotViews.NewQuestion> requested, int year, Set<String> members,
                                                  List<String> order) {
        List<BallotQuestion> questions = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        int chairQuestions = 0;
        for (int i = 0; i < requested.size(); i++) {
            BallotViews.NewQuestion r = requested.get(i);
            String at = "questions[" + i + "]";
            String id = r.id() != null ? r.id() : "q" + (i + 1);
            if (!ids.add(id)) {
                throw ProblemException.invalidField(at + ".id", "question id " + id + " is used twice");
            }
            int quota;
            String award = r.award();
            if (r.kind() == BallotQuestion.Kind.NEXT_CHAIR) {
                if (++chairQuestions > 1) {
                    throw ProblemException.invalidField(at + ".kind", "a ballot asks for the next chair at most once");
                }
                if (r.quota() != null && r.quota() != 1) {
                    throw ProblemException.invalidField(at + ".quota", "the next chair question elects one unit: quota 1");
                }
                quota = 1;
                award = award != null ? award : "Cụm trưởng năm " + (year + 1);
            } else {
                if (award == null || award.isBlank()) {
                    throw ProblemException.invalidField(at + ".award", "names the award, e.g. Cờ thi đua của Bộ Quốc phòng");
                }
                if (r.quota() == null) {
                    throw ProblemException.invalidField(at + ".quota", "is required for an award");
                }
                quota = r.quota();
            }
            List<String> candidates = order;
            if (r.candidates() != null && !r.candidates().isEmpty()) {
                if (new HashSet<>(r.candidates()).size() != r.candidates().size()) {
                    throw ProblemException.invalidField(at + ".candidates", "names a unit twice");
                }
                for (String c : r.candidates()) {
                    if (!members.contains(c)) {
                        throw ProblemException.ruleBroken(c + " is not a member unit of the cluster in " + year + " and cannot be a candidate");
                    }
                }
                candidates = order.stream().filter(r.candidates()::contains).toList();
            }
            int candidateCount = candidates.size();
            BallotValidity.quotaRefusal(quota, candidateCount).ifPresent(reason -> {
                throw ProblemException.invalidField(at + ".quota", reason);
            });
            BigDecimal threshold = r.threshold() != null ? r.threshold() : BallotQuestion.DEFAULT_THRESHOLD;
            questions.add(new BallotQuestion(id, r.kind(), award.strip(), quota, threshold,
                    Boolean.TRUE.equals(r.thresholdInclusive()), candidates));
        }
        return questions;
    }
}
